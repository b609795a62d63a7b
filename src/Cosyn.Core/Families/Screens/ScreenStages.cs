using Cosyn.Families.Screens.Generators;
using Cosyn.Families.Screens.Model;
using Cosyn.Families.Screens.Qa;
using Cosyn.Families.Screens.Writers.Html;
using Cosyn.Personas;
using Cosyn.Synthesis;

namespace Cosyn.Families.Screens;

/// <summary>The screen stages shared by <c>screen-html</c> and <c>point-html</c>: plan, data, HTML and QA for each kind.</summary>
public static class ScreenStages
{
    /// <summary>Kind: the ticket's figure type, else one the query names, else a random one of <paramref name="kinds"/>. Domain: the query's, else the persona's.</summary>
    public static ScreenPlan Plan(SampleTicket ticket, IReadOnlyList<string> kinds, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(kinds);
        ArgumentNullException.ThrowIfNull(random);
        var kind = FigureTypeChoice.Choose(ticket, kinds, (query, types, _) => ScreenKinds.FromQuery(query) is { } asked && types.Contains(asked) ? asked : null, random);
        var domains = (ticket.Query is null ? [] : PersonaDomainClassifier.Classify(ticket.Query)).Concat(PersonaDomainClassifier.Classify(ticket.Persona.Text));
        var (key, content) = ScreenLexicon.Default.DomainFor(domains);
        return new ScreenPlan(kind, key, random.Pick(content.Apps));
    }

    public static string Topic(ScreenPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Kind switch
        {
            ScreenKinds.Settings => $"{plan.App} account settings",
            ScreenKinds.Dashboard => plan.DomainKey == Personas.DomainKeys.General ? $"{plan.App} KPI dashboard" : $"{plan.App} {plan.DomainKey} KPI dashboard",
            ScreenKinds.Checkout => $"Checkout at the {plan.App} Shop",
            ScreenKinds.Chat => $"{plan.App} team chat",
            _ => $"{plan.App} Mail inbox",
        };
    }

    public static IScreen Create(ScreenPlan plan, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var lexicon = ScreenLexicon.Default;
        var domain = lexicon.Domains[plan.DomainKey];
        return plan.Kind switch
        {
            ScreenKinds.Settings => SettingsGenerator.Create(lexicon, domain, plan.App, random),
            ScreenKinds.Dashboard => DashboardGenerator.Create(plan.DomainKey, plan.App, random),
            ScreenKinds.Checkout => CheckoutGenerator.Create(lexicon, domain, plan.App, random),
            ScreenKinds.Chat => ChatGenerator.Create(lexicon, domain, plan.App, random),
            _ => InboxGenerator.Create(lexicon, domain, plan.App, random),
        };
    }

    public static string Html(IScreen screen, ScreenMarks marks, SeededRandom random)
    {
        var theme = ScreenThemes.Pick(random);
        return screen switch
        {
            SettingsScreen s => SettingsMarkup.Write(s, theme, marks, random),
            DashboardScreen d => DashboardMarkup.Write(d, theme, marks, random),
            CheckoutScreen c => CheckoutMarkup.Write(c, theme, marks, random),
            ChatScreen c => ChatMarkup.Write(c, theme, marks, random),
            InboxScreen m => InboxMarkup.Write(m, theme, marks, random),
            _ => throw new ArgumentException($"unknown screen {screen?.GetType().Name}", nameof(screen)),
        };
    }

    public static IReadOnlyList<QaPair> Qa(IScreen screen, SeededRandom random) => ScreenQaMix.Draw(screen switch
    {
        SettingsScreen s => SettingsQa.Questions(s),
        DashboardScreen d => DashboardQa.Questions(d),
        CheckoutScreen c => CheckoutQa.Questions(c),
        ChatScreen c => ChatQa.Questions(c),
        InboxScreen m => InboxQa.Questions(m),
        _ => throw new ArgumentException($"unknown screen {screen?.GetType().Name}", nameof(screen)),
    }, random);
}

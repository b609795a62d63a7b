using Cosyn.Personas;
using Cosyn.Synthesis;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Families.Shared.Topics;

/// <summary>
/// How chart and table topics choose their template: persona -> domain, the figure type first, a template of that
/// shape (from another domain when the persona's has none), and a query about a subject picking a template about it.
/// A family says where its templates are, which figure types a template fits and what a template is about.
/// </summary>
/// <typeparam name="TDomain">One domain's templates.</typeparam>
/// <typeparam name="TTemplate">One template.</typeparam>
public abstract class TemplateTopicPlanner<TDomain, TTemplate>
    where TDomain : class
{
    /// <summary>Domains that have templates, in a fixed order.</summary>
    protected abstract IReadOnlyList<string> Domains { get; }

    /// <summary>The templates of <paramref name="domain"/>, or null when it has none.</summary>
    protected abstract TDomain? Find(string domain);

    /// <summary>The templates a domain holds.</summary>
    protected abstract IReadOnlyList<TTemplate> TemplatesOf(TDomain domain);

    /// <summary>Whether <paramref name="template"/> can be drawn as <paramref name="figureType"/>.</summary>
    protected abstract bool Fits(TTemplate template, string figureType);

    /// <summary>The words a query's subject is matched against.</summary>
    protected abstract string Subject(TDomain domain, TTemplate template);

    /// <summary>The domain, template and figure type of one topic for <paramref name="ticket"/> among <paramref name="figureTypes"/>.</summary>
    protected (TDomain Domain, TTemplate Template, string FigureType) PickTemplate(SampleTicket ticket, IReadOnlyList<string> figureTypes, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(figureTypes);
        ArgumentNullException.ThrowIfNull(random);
        var domain = Find(PickDomain(ticket.Persona.Text, random)) ?? Find(DomainKeys.General)!;

        // Figure type first, so types stay evenly spread whatever mix of templates a domain has.
        var figureType = QueryFocus.FigureType(ticket, figureTypes, random);
        if (!TemplatesOf(domain).Any(t => Fits(t, figureType)))
        {
            // The persona's domain has no template of this shape; another domain's is better than a misfit figure.
            var others = AllDomains().Where(d => TemplatesOf(d).Any(t => Fits(t, figureType))).ToList();
            domain = random.Pick(others);
        }

        var template = random.Pick(TemplatesOf(domain).Where(t => Fits(t, figureType)).ToList());

        var allowed = QueryFocus.AllowedFigureTypes(ticket, figureTypes);

        // A query about a subject ("rainfall") picks a template about it, from whichever domain has one.
        var focused = QueryFocus.Best(
            AllDomains().SelectMany(d => TemplatesOf(d).Where(t => allowed.Any(f => Fits(t, f))).Select(t => (Domain: d, Template: t))),
            c => Subject(c.Domain, c.Template),
            QueryFocus.SubjectWords(ticket.Query));
        if (focused.Count > 0)
        {
            (domain, template) = random.Pick(focused);
            if (!Fits(template, figureType))
            {
                figureType = random.Pick(allowed.Where(f => Fits(template, f)).ToList());
            }
        }

        return (domain, template, figureType);
    }

    private IEnumerable<TDomain> AllDomains() => Domains.Select(d => Find(d)!);

    // The best-ranked domain most of the time, a runner-up sometimes; a random one when the persona says nothing.
    private string PickDomain(string persona, SeededRandom random)
    {
        var ranked = PersonaDomainClassifier.Classify(persona).Where(d => Find(d) is not null).ToList();
        if (ranked.Count == 0)
        {
            return random.Pick(Domains);
        }

        return ranked.Count > 1 && random.Chance(0.25) ? ranked[1] : ranked[0];
    }
}

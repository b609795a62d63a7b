using Cosyn.Families.Screens.Model;
using Cosyn.Families.Screens.Writers.Html;

namespace Cosyn.Families.Points;

/// <summary>Pointing questions for each screen kind, each naming the marked elements that answer it.</summary>
public static class ScreenPointQuestions
{
    public static IReadOnlyList<PointQuestion> For(IScreen screen) => screen switch
    {
        SettingsScreen s => Settings(s),
        DashboardScreen d => Dashboard(d),
        CheckoutScreen c => Checkout(c),
        ChatScreen c => Chat(c),
        InboxScreen m => Inbox(m),
        _ => throw new ArgumentException($"unknown screen {screen?.GetType().Name}", nameof(screen)),
    };

    private static List<PointQuestion> Settings(SettingsScreen s)
    {
        var list = new List<PointQuestion>
        {
            new("Point to the Save changes button.", [SettingsMarkup.SaveTarget]),
            new("Point to the Cancel button.", [SettingsMarkup.CancelTarget]),
        };
        var on = new List<string>();
        for (var g = 0; g < s.Sections.Count; g++)
        {
            for (var i = 0; i < s.Sections[g].Items.Count; i++)
            {
                var item = s.Sections[g].Items[i];
                var id = SettingsMarkup.ItemTarget(g, i);
                list.Add(new(item.Type == SettingsItem.Toggle ? $"Point to the {item.Label} switch." : $"Point to the {item.Label} drop-down.", [id]));
                if (item.On == true)
                {
                    on.Add(id);
                }
            }
        }

        if (on.Count > 0)
        {
            list.Add(new("Point to every switch that is turned on.", on));
        }

        return list;
    }

    private static List<PointQuestion> Dashboard(DashboardScreen d)
    {
        var list = new List<PointQuestion> { new("Point to the Export report button.", [DashboardMarkup.ExportTarget]) };
        for (var i = 0; i < d.Kpis.Count; i++)
        {
            list.Add(new($"Point to the {d.Kpis[i].Name} card.", [DashboardMarkup.CardTarget(i)]));
            list.Add(new($"Point to the current value of {d.Kpis[i].Name}.", [DashboardMarkup.ValueTarget(i)]));
        }

        var best = d.Kpis.Max(k => k.ChangePercent);
        if (best > 0 && d.Kpis.Count(k => k.ChangePercent == best) == 1)
        {
            list.Add(new("Point to the KPI card that rose the most.", [DashboardMarkup.CardTarget(IndexWhere(d.Kpis, k => k.ChangePercent == best)[0])]));
        }

        var down = IndexWhere(d.Kpis, k => k.ChangePercent < 0);
        if (down.Count > 0)
        {
            list.Add(new("Point to every KPI card that went down.", [.. down.Select(DashboardMarkup.CardTarget)]));
        }

        return list;
    }

    private static List<PointQuestion> Checkout(CheckoutScreen c)
    {
        var list = new List<PointQuestion>
        {
            new("Point to the Place order button.", [CheckoutMarkup.PlaceOrderTarget]),
            new("Point to the total amount.", [CheckoutMarkup.TotalTarget]),
            new("Point to the subtotal.", [CheckoutMarkup.SubtotalTarget]),
            new("Point to the tax amount.", [CheckoutMarkup.TaxTarget]),
            new("Point to the email field.", [CheckoutMarkup.EmailTarget]),
            new("Point to the full name field.", [CheckoutMarkup.NameTarget]),
            new("Point to the street address field.", [CheckoutMarkup.AddressTarget]),
            new("Point to the card number field.", [CheckoutMarkup.CardTarget]),
            new("Point to the selected shipping method.", [CheckoutMarkup.ShippingTarget(IndexWhere(c.ShippingOptions, o => o.Selected)[0])]),
        };
        for (var i = 0; i < c.Items.Count; i++)
        {
            list.Add(new($"Point to the {c.Items[i].Name} in the order summary.", [CheckoutMarkup.ItemTarget(i)]));
        }

        return list;
    }

    private static List<PointQuestion> Chat(ChatScreen c)
    {
        var list = new List<PointQuestion>
        {
            new("Point to the message box.", [ChatMarkup.ComposerTarget]),
            new("Point to the Send button.", [ChatMarkup.SendTarget]),
            new("Point to the last message.", [ChatMarkup.MessageTarget(c.Messages.Count - 1)]),
        };
        foreach (var person in c.Participants)
        {
            var sent = IndexWhere(c.Messages, m => m.Sender == person);
            if (sent.Count > 0)
            {
                list.Add(new($"Point to every message sent by {person}.", [.. sent.Select(ChatMarkup.MessageTarget)]));
                list.Add(new($"Point to the last message from {person}.", [ChatMarkup.MessageTarget(sent[^1])]));
            }
        }

        for (var i = 0; i < c.Messages.Count; i++)
        {
            list.Add(new($"Point to the message \"{c.Messages[i].Text}\".", [ChatMarkup.MessageTarget(i)]));
        }

        return list;
    }

    private static List<PointQuestion> Inbox(InboxScreen m)
    {
        var list = new List<PointQuestion>
        {
            new("Point to the Compose button.", [InboxMarkup.ComposeTarget]),
            new("Point to the search box.", [InboxMarkup.SearchTarget]),
        };
        var unread = IndexWhere(m.Emails, e => e.Unread);
        if (unread.Count > 0)
        {
            list.Add(new("Point to every unread email.", [.. unread.Select(InboxMarkup.EmailTarget)]));
        }

        var starred = IndexWhere(m.Emails, e => e.Starred);
        if (starred.Count > 0)
        {
            list.Add(new("Point to the star of every starred email.", [.. starred.Select(InboxMarkup.StarTarget)]));
        }

        for (var i = 0; i < m.Emails.Count; i++)
        {
            list.Add(new($"Point to the email from {m.Emails[i].Sender}.", [InboxMarkup.EmailTarget(i)]));
        }

        return list;
    }

    private static List<int> IndexWhere<T>(IReadOnlyList<T> items, Func<T, bool> match) =>
        [.. items.Select((item, i) => (item, i)).Where(p => match(p.item)).Select(p => p.i)];
}

namespace Cosyn.Tests.Families.Screens.Checking;

/// <summary>
/// An independent oracle for screen QA: it reads only the <c>data</c> JSON, parses each question's text, recomputes the
/// answer its own way (counts, sums, extremes) and reports any disagreement. It never calls production code.
/// </summary>
public static class ScreenAnswerChecker
{
    /// <summary>The unanswerable answer, restated here on purpose rather than referenced.</summary>
    public const string NotAnswerable = "The screen does not provide this information.";

    private static readonly string[] UnanswerableStems =
    [
        "When was this account created?", "Which version of", "phone number?", "What is the target value for", "Who prepared this dashboard?",
        "On which date will the order arrive?", "What is the card's expiry date?", "When was this conversation started?",
        "How many emails are in the Spam folder?", "How large is the attachment", "email address?",
    ];

    /// <summary>Null when <paramref name="qa"/> is right; otherwise what is wrong.</summary>
    public static string? Check(string json, QaPair qa)
    {
        ArgumentNullException.ThrowIfNull(qa);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var lines = qa.Question.Split('\n');
        try
        {
            if (lines.Length > 1)
            {
                return CheckChoice(root, lines, qa.Answer);
            }

            if (qa.Question.StartsWith("Summarize", StringComparison.Ordinal))
            {
                return CheckSummary(root, qa.Answer);
            }

            var expected = UnanswerableStems.Any(s => qa.Question.Contains(s, StringComparison.Ordinal))
                ? NotAnswerable
                : Solve(root, qa.Question);
            return expected == qa.Answer ? null : $"expected '{expected}' but got '{qa.Answer}' for: {qa.Question}";
        }
        catch (InvalidOperationException ex)
        {
            return $"{ex.Message} for: {qa.Question}";
        }
    }

    private static string? CheckChoice(JsonElement root, string[] lines, string answer)
    {
        var options = lines.Skip(1).Select(l => Regex.Match(l, @"^(?<k>[A-D])\. (?<v>.+)$")).ToList();
        if (options.Count < 3 || options.Any(o => !o.Success))
        {
            return "malformed options: " + string.Join(" | ", lines);
        }

        var expected = Solve(root, lines[0]);
        var correct = options.Where(o => o.Groups["v"].Value == expected).Select(o => o.Groups["k"].Value).ToList();
        if (correct.Count != 1 || options.Select(o => o.Groups["v"].Value).Distinct().Count() != options.Count)
        {
            return $"expected exactly one option equal to '{expected}' in: {string.Join(" | ", lines)}";
        }

        return correct[0] == answer ? null : $"expected option {correct[0]} but got '{answer}' for: {lines[0]}";
    }

    /// <summary>A summary must name the app and state the screen's headline count.</summary>
    private static string? CheckSummary(JsonElement root, string answer)
    {
        var app = Str(root, "app");
        var count = Str(root, "screen") switch
        {
            "settings page" => Toggles(root).Count(t => t.On),
            "dashboard" => Arr(root, "kpis").Count,
            "checkout form" => Arr(root, "items").Count,
            "chat app" => Arr(root, "messages").Count,
            _ => Arr(root, "emails").Count,
        };
        return answer.Contains(app.Replace(" Shop", string.Empty, StringComparison.Ordinal).Replace(" Mail", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal)
            && Regex.IsMatch(answer, $@"\b{count}\b") ? null : $"summary misses the app or the count {count}: {answer}";
    }

    private static string Solve(JsonElement root, string q) => Str(root, "screen") switch
    {
        "settings page" => Settings(root, q),
        "dashboard" => Dashboard(root, q),
        "checkout form" => Checkout(root, q),
        "chat app" => Chat(root, q),
        "email client" => Email(root, q),
        var other => throw new InvalidOperationException($"unknown screen {other}"),
    };

    private static string Settings(JsonElement root, string q)
    {
        var toggles = Toggles(root);
        Match m;
        if ((m = Regex.Match(q, "^How many settings are switched (?<s>on|off) in the (?<g>.+) section\\?$")).Success)
        {
            var want = m.Groups["s"].Value == "on";
            return Count(toggles.Count(t => t.Section == m.Groups["g"].Value && t.On == want));
        }

        if ((m = Regex.Match(q, "^Which settings are switched on in the (?<g>.+) section\\?$")).Success)
        {
            var on = toggles.Where(t => t.Section == m.Groups["g"].Value && t.On).Select(t => t.Label).ToList();
            return on.Count == 0 ? "None" : string.Join(", ", on);
        }

        if ((m = Regex.Match(q, "^Which option is selected for (?<l>.+)\\?$")).Success)
        {
            return Arr(root, "sections").SelectMany(s => Arr(s, "items")).Single(i => Str(i, "label") == m.Groups["l"].Value).GetProperty("value").GetString()!;
        }

        if ((m = Regex.Match(q, "^In which section is the (?<l>.+) setting\\?$")).Success)
        {
            return toggles.Single(t => t.Label == m.Groups["l"].Value).Section;
        }

        if ((m = Regex.Match(q, "^Is (?<l>.+) switched on\\?$")).Success)
        {
            return YesNo(toggles.Single(t => t.Label == m.Groups["l"].Value).On);
        }

        return q switch
        {
            "How many settings are switched on in total?" => Count(toggles.Count(t => t.On)),
            "Which email address is this account signed in with?" => Str(root, "email"),
            "Who is signed in on this settings page?" => Str(root, "user"),
            _ => throw new InvalidOperationException("unrecognized settings question"),
        };
    }

    private static string Dashboard(JsonElement root, string q)
    {
        var kpis = Arr(root, "kpis").Select(k => (Name: Str(k, "name"), Value: Dec(k, "value"), Previous: Dec(k, "previous"))).ToList();
        decimal Change((string Name, decimal Value, decimal Previous) k) => Math.Round((k.Value - k.Previous) / k.Previous * 100, 1, MidpointRounding.AwayFromZero);
        Match m;
        (string Name, decimal Value, decimal Previous) Kpi() => kpis.Single(k => k.Name == m.Groups["k"].Value);
        if ((m = Regex.Match(q, "^What is the current value of (?<k>.+)\\?$")).Success)
        {
            return Num(Kpi().Value);
        }

        if ((m = Regex.Match(q, "^What was the previous value of (?<k>.+)\\?$")).Success)
        {
            return Num(Kpi().Previous);
        }

        if ((m = Regex.Match(q, "^By what percentage did (?<k>.+) change compared with the previous period\\?$")).Success)
        {
            return Num(Change(Kpi()));
        }

        if ((m = Regex.Match(q, "^What is the difference between the current and previous value of (?<k>.+)\\?$")).Success)
        {
            return Num(Math.Round(Kpi().Value - Kpi().Previous, 2, MidpointRounding.AwayFromZero));
        }

        if ((m = Regex.Match(q, "^Did (?<k>.+) increase compared with the previous period\\?$")).Success)
        {
            return YesNo(Kpi().Value > Kpi().Previous);
        }

        return q switch
        {
            "Which KPI rose the most in percentage terms?" => kpis.OrderByDescending(Change).First().Name,
            "Which KPI fell the most in percentage terms?" => kpis.OrderBy(Change).First().Name,
            "How many KPIs went up compared with the previous period?" => Count(kpis.Count(k => k.Value > k.Previous)),
            "How many KPI cards does the dashboard show?" => Count(kpis.Count),
            _ => throw new InvalidOperationException("unrecognized dashboard question"),
        };
    }

    private static string Checkout(JsonElement root, string q)
    {
        var items = Arr(root, "items").Select(i => (Name: Str(i, "name"), Qty: i.GetProperty("quantity").GetInt32(), Price: Dec(i, "unit_price"))).ToList();
        var options = Arr(root, "shipping_options").Select(o => (Name: Str(o, "name"), Cost: Dec(o, "cost"), Selected: o.GetProperty("selected").GetBoolean())).ToList();
        var subtotal = items.Sum(i => i.Qty * i.Price);
        var shipping = options.Single(o => o.Selected);
        var tax = Math.Round(subtotal * Dec(root, "tax_rate") / 100, 2, MidpointRounding.AwayFromZero);
        var total = subtotal + shipping.Cost + tax;
        Match m;
        if ((m = Regex.Match(q, "^What is the unit price of the (?<i>.+)\\?$")).Success)
        {
            return Num(items.Single(i => i.Name == m.Groups["i"].Value).Price);
        }

        if ((m = Regex.Match(q, "^What is the line total for the (?<i>.+)\\?$")).Success)
        {
            var item = items.Single(i => i.Name == m.Groups["i"].Value);
            return Num(item.Qty * item.Price);
        }

        if ((m = Regex.Match(q, "^Is more than one (?<i>.+) being ordered\\?$")).Success)
        {
            return YesNo(items.Single(i => i.Name == m.Groups["i"].Value).Qty > 1);
        }

        if ((m = Regex.Match(q, "^What would the total be with (?<s>.+) shipping instead\\?$")).Success)
        {
            return Num(Math.Round(subtotal + tax + options.Single(o => o.Name == m.Groups["s"].Value).Cost, 2, MidpointRounding.AwayFromZero));
        }

        if ((m = Regex.Match(q, "^Is the order total more than \\$(?<t>[\\d,.]+)\\?$")).Success)
        {
            return YesNo(total > decimal.Parse(m.Groups["t"].Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture));
        }

        return q switch
        {
            "What is the order total?" => Num(total),
            "What is the subtotal before shipping and tax?" => Num(subtotal),
            "How much tax is charged?" => Num(tax),
            "How much does the selected shipping cost?" => Num(shipping.Cost),
            "Which shipping method is selected?" => shipping.Name,
            "How many items are in the order in total?" => Count(items.Sum(i => i.Qty)),
            "Which item has the highest line total?" => items.OrderByDescending(i => i.Qty * i.Price).First().Name,
            "What are the last four digits of the card?" => Str(root, "card_last4"),
            _ => throw new InvalidOperationException("unrecognized checkout question"),
        };
    }

    private static string Chat(JsonElement root, string q)
    {
        var messages = Arr(root, "messages").Select(x => (Sender: Str(x, "sender"), Time: Str(x, "time"), Text: Str(x, "text"))).ToList();
        Match m;
        if ((m = Regex.Match(q, "^How many messages did (?<p>.+) send\\?$")).Success)
        {
            return Count(messages.Count(x => x.Sender == m.Groups["p"].Value));
        }

        if ((m = Regex.Match(q, "^Did (?<p>.+) send the last message\\?$")).Success)
        {
            return YesNo(messages[^1].Sender == m.Groups["p"].Value);
        }

        if ((m = Regex.Match(q, "^At what time was the message \"(?<t>.+)\" sent\\?$")).Success)
        {
            return messages.Single(x => x.Text == m.Groups["t"].Value).Time;
        }

        if ((m = Regex.Match(q, "^Who wrote \"(?<t>.+)\"\\?$")).Success)
        {
            return messages.Single(x => x.Text == m.Groups["t"].Value).Sender;
        }

        return q switch
        {
            "Who sent the last message?" => messages[^1].Sender,
            "Who sent the first message?" => messages[0].Sender,
            "How many messages are shown in the conversation?" => Count(messages.Count),
            "What is the name of this conversation?" => Str(root, "channel"),
            "Who sent the most messages?" => messages.GroupBy(x => x.Sender).OrderByDescending(g => g.Count()).First().Key,
            _ => throw new InvalidOperationException("unrecognized chat question"),
        };
    }

    private static string Email(JsonElement root, string q)
    {
        var emails = Arr(root, "emails").Select(e => (Sender: Str(e, "sender"), Subject: Str(e, "subject"), Time: Str(e, "time"),
            Unread: e.GetProperty("unread").GetBoolean(), Starred: e.GetProperty("starred").GetBoolean(), Label: e.TryGetProperty("label", out var l) ? l.GetString() : null)).ToList();
        Match m;
        if ((m = Regex.Match(q, "^How many emails have the (?<l>.+) label\\?$")).Success)
        {
            return Count(emails.Count(e => e.Label == m.Groups["l"].Value));
        }

        if ((m = Regex.Match(q, "^Who sent the email with the subject \"(?<s>.+)\"\\?$")).Success)
        {
            return emails.Single(e => e.Subject == m.Groups["s"].Value).Sender;
        }

        if ((m = Regex.Match(q, "^When did the email \"(?<s>.+)\" arrive\\?$")).Success)
        {
            return emails.Single(e => e.Subject == m.Groups["s"].Value).Time;
        }

        if ((m = Regex.Match(q, "^What label does the email \"(?<s>.+)\" have\\?$")).Success)
        {
            return emails.Single(e => e.Subject == m.Groups["s"].Value).Label ?? throw new InvalidOperationException("asked the label of an unlabelled email");
        }

        if ((m = Regex.Match(q, "^Is the email \"(?<s>.+)\" unread\\?$")).Success)
        {
            return YesNo(emails.Single(e => e.Subject == m.Groups["s"].Value).Unread);
        }

        if ((m = Regex.Match(q, "^Is the email from (?<p>.+) starred\\?$")).Success)
        {
            return YesNo(emails.Single(e => e.Sender == m.Groups["p"].Value).Starred);
        }

        return q switch
        {
            "How many unread emails are in the inbox?" => Count(emails.Count(e => e.Unread)),
            "How many emails are starred?" => Count(emails.Count(e => e.Starred)),
            "How many emails are listed in the inbox?" => Count(emails.Count),
            "What is the subject of the most recent email?" => emails[0].Subject,
            _ => throw new InvalidOperationException("unrecognized email question"),
        };
    }

    private static List<(string Section, string Label, bool On)> Toggles(JsonElement root) =>
        [.. Arr(root, "sections").SelectMany(s => Arr(s, "items").Where(i => Str(i, "type") == "toggle").Select(i => (Str(s, "name"), Str(i, "label"), i.GetProperty("on").GetBoolean())))];

    private static List<JsonElement> Arr(JsonElement e, string name) => [.. e.GetProperty(name).EnumerateArray()];

    private static string Str(JsonElement e, string name) => e.GetProperty(name).GetString()!;

    private static decimal Dec(JsonElement e, string name) => e.GetProperty(name).GetDecimal();

    private static string Num(decimal value)
    {
        var text = value.ToString("0.###", CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string YesNo(bool yes) => yes ? "Yes" : "No";
}

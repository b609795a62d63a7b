namespace Cosyn.Tests.Families.Points;

/// <summary>
/// What each pointing question should point at, worked out independently from the question's text and the <c>data</c>
/// JSON: one text locator (see <see cref="PageLocator"/>) per expected point.
/// </summary>
internal static class PointExpectations
{
    public static List<(string Locator, object[] Args)> For(string question, string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var currency = root.TryGetProperty("currency", out var c) ? c.GetString()! : "$";
        string Money(JsonElement e, string name) => currency + e.GetProperty(name).GetDecimal().ToString("N2", CultureInfo.InvariantCulture);
        string LineTotal(JsonElement item) => currency + (item.GetProperty("quantity").GetInt32() * item.GetProperty("unit_price").GetDecimal()).ToString("N2", CultureInfo.InvariantCulture);
        static string Number(JsonElement k, string name) =>
            k.GetProperty(name).GetDecimal().ToString("N" + k.GetProperty("decimals").GetInt32().ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        List<JsonElement> Arr(string name) => [.. root.GetProperty(name).EnumerateArray()];
        static string S(JsonElement e, string name) => e.GetProperty(name).GetString()!;
        static (string, object[]) One(string locator, params object[] args) => (locator, args);
        Match m;
        bool Is(string pattern) => (m = Regex.Match(question, "^" + pattern + "$")).Success;
        string G(string name) => m.Groups[name].Value;

        if (Is(@"Point to the (?<b>Save changes|Cancel|Export report|Place order|Send|Compose) button\."))
        {
            return [One("button", G("b"))];
        }

        if (Is(@"Point to the (?<l>.+) switch\."))
        {
            return [One("control", G("l"), "[role=switch]")];
        }

        if (Is(@"Point to every switch that is turned on\."))
        {
            return [.. Arr("sections").SelectMany(s => s.GetProperty("items").EnumerateArray())
                .Where(i => i.TryGetProperty("on", out var on) && on.GetBoolean()).Select(i => One("control", S(i, "label"), "[role=switch]"))];
        }

        if (Is(@"Point to the (?<l>.+) drop-down\."))
        {
            var item = Arr("sections").SelectMany(s => s.GetProperty("items").EnumerateArray()).Single(i => S(i, "label") == G("l"));
            return [One("startsWith", S(item, "value"))];
        }

        if (root.TryGetProperty("kpis", out _))
        {
            var kpis = Arr("kpis");
            (string, object[]) Card(JsonElement k) => One("row", S(k, "name"), "prev. " + Number(k, "previous"));
            bool Down(JsonElement k) => k.GetProperty("value").GetDecimal() < k.GetProperty("previous").GetDecimal();
            decimal Change(JsonElement k) => (k.GetProperty("value").GetDecimal() - k.GetProperty("previous").GetDecimal()) / k.GetProperty("previous").GetDecimal();
            if (Is(@"Point to the current value of (?<k>.+)\."))
            {
                var k = kpis.Single(x => S(x, "name") == G("k"));
                return [One("leaf", Number(k, "value"))];
            }

            if (Is(@"Point to the KPI card that rose the most\."))
            {
                return [Card(kpis.MaxBy(Change))];
            }

            if (Is(@"Point to every KPI card that went down\."))
            {
                return [.. kpis.Where(Down).Select(Card)];
            }

            if (Is(@"Point to the (?<k>.+) card\."))
            {
                return [Card(kpis.Single(x => S(x, "name") == G("k")))];
            }
        }

        if (root.TryGetProperty("messages", out _))
        {
            var messages = Arr("messages");
            if (Is(@"Point to the message box\."))
            {
                return [One("startsWith", "Message ")];
            }

            if (Is(@"Point to the last message\."))
            {
                return [One("leaf", S(messages[^1], "text"))];
            }

            if (Is(@"Point to every message sent by (?<p>.+)\."))
            {
                return [.. messages.Where(x => S(x, "sender") == G("p")).Select(x => One("leaf", S(x, "text")))];
            }

            if (Is(@"Point to the last message from (?<p>.+)\."))
            {
                return [One("leaf", S(messages.Last(x => S(x, "sender") == G("p")), "text"))];
            }

            if (Is("Point to the message \"(?<t>.+)\"\\."))
            {
                return [One("leaf", G("t"))];
            }
        }

        if (root.TryGetProperty("emails", out _))
        {
            var emails = Arr("emails");
            (string, object[]) Row(JsonElement e) => One("row", S(e, "sender"), S(e, "time"));
            if (Is(@"Point to the search box\."))
            {
                return [One("leaf", "Search mail")];
            }

            if (Is(@"Point to every unread email\."))
            {
                return [.. emails.Where(e => e.GetProperty("unread").GetBoolean()).Select(Row)];
            }

            if (Is(@"Point to the star of every starred email\."))
            {
                return [.. emails.Where(e => e.GetProperty("starred").GetBoolean()).Select(e => One("inRow", S(e, "sender"), S(e, "time"), "★"))];
            }

            if (Is(@"Point to the email from (?<p>.+)\."))
            {
                return [Row(emails.Single(e => S(e, "sender") == G("p")))];
            }
        }

        if (root.TryGetProperty("items", out _))
        {
            var items = Arr("items");
            if (Is(@"Point to the total amount( due)?\."))
            {
                return [One("leaf", Money(root, "total"))];
            }

            if (Is(@"Point to the subtotal\."))
            {
                return [One("leaf", Money(root, "subtotal"))];
            }

            if (Is(@"Point to the tax amount\."))
            {
                return [One("leaf", Money(root, "tax"))];
            }

            if (Is(@"Point to the (?<f>Email|Full name|Street address|Card number) field\.") || Is(@"Point to the (?<f>email|full name|street address|card number) field\."))
            {
                var label = G("f");
                return [One("fieldAfter", char.ToUpperInvariant(label[0]) + label[1..])];
            }

            if (Is(@"Point to the selected shipping method\."))
            {
                var chosen = Arr("shipping_options").Single(o => o.GetProperty("selected").GetBoolean());
                return [One("row", S(chosen, "name"), Money(chosen, "cost"))];
            }

            if (Is(@"Point to the (?<i>.+) in the order summary\.") || Is(@"Point to the (?<i>.+) line\."))
            {
                var item = items.Single(i => S(i, "name") == G("i"));
                return [One("row", S(item, "name"), LineTotal(item))];
            }

            if (Is(@"Point to every line with a quantity above 1\."))
            {
                return [.. items.Where(i => i.GetProperty("quantity").GetInt32() > 1).Select(i => One("row", S(i, "name"), LineTotal(i)))];
            }

            if (Is(@"Point to the invoice number\."))
            {
                return [One("leaf", S(root, "number"))];
            }

            if (Is(@"Point to the invoice date\."))
            {
                return [One("leaf", S(root, "date"))];
            }

            if (Is(@"Point to the due date\."))
            {
                return [One("leaf", S(root, "due_date"))];
            }

            if (Is(@"Point to the billing address\."))
            {
                var to = root.GetProperty("billed_to");
                return [One("row", S(to, "name"), "Billed to")];
            }
        }

        throw new InvalidOperationException("no expectation for: " + question);
    }
}

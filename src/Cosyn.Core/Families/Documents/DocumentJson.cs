using System.Text.Json;
using Cosyn.Families.Shared.Data;

namespace Cosyn.Families.Documents;

/// <summary>
/// Writes a document's <c>data</c> text, the JSON an LLM writes for a document (optional keys omitted when unused):
/// <code>
/// {"document_type": str, "title": str, "issuer": {"name": str, "address": [str]}, "currency": str,
///  "fields": {label: str | number},
///  "choices": [{"label": str, "options": [str], "selected": str}]?,
///  "tables": [{"name": str, "heading": str, "columns": [str], "rows": [{column: str | number | null}]}]?,
///  "totals": [{"label": str, "role": str, "rate": number?, "amount": number}]?,
///  "paragraphs": [str]?, "footer": [str]?}
/// </code>
/// Money and counts are numbers; dates are written as drawn; times as "HH:mm"; an empty cell is null.
/// </summary>
public static class DocumentJson
{
    public static string Write(DocumentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var text = DataJson.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("document_type", spec.Kind);
            json.WriteString("title", spec.Title);
            json.WriteStartObject("issuer");
            json.WriteString("name", spec.Issuer);
            Strings(json, "address", spec.IssuerLines);
            json.WriteEndObject();
            json.WriteString("currency", spec.Currency);
            json.WriteStartObject("fields");
            foreach (var field in spec.Fields)
            {
                if (field.Number is { } n && field.Kind is DocumentValueKind.Number or DocumentValueKind.Money)
                {
                    json.WriteNumber(field.Label, n);
                }
                else
                {
                    json.WriteString(field.Label, field.Value);
                }
            }

            json.WriteEndObject();
            WriteChoices(json, spec.Choices);
            WriteTables(json, spec);
            WriteTotals(json, spec.Totals);
            if (spec.Paragraphs.Count > 0)
            {
                Strings(json, "paragraphs", spec.Paragraphs);
            }

            if (spec.Footer.Count > 0)
            {
                Strings(json, "footer", spec.Footer);
            }

            json.WriteEndObject();
        });

        return text + "\n";
    }

    private static void WriteChoices(Utf8JsonWriter json, IReadOnlyList<DocumentChoice> choices)
    {
        if (choices.Count == 0)
        {
            return;
        }

        json.WriteStartArray("choices");
        foreach (var choice in choices)
        {
            json.WriteStartObject();
            json.WriteString("label", choice.Label);
            Strings(json, "options", choice.Options);
            json.WriteString("selected", choice.Selected);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteTables(Utf8JsonWriter json, DocumentSpec spec)
    {
        if (spec.Tables.Count == 0)
        {
            return;
        }

        json.WriteStartArray("tables");
        foreach (var table in spec.Tables)
        {
            json.WriteStartObject();
            json.WriteString("name", table.Name);
            json.WriteString("heading", table.Heading);
            Strings(json, "columns", [.. table.Columns.Select(c => c.Name)]);
            json.WriteStartArray("rows");
            foreach (var row in table.Rows)
            {
                json.WriteStartObject();
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    var column = table.Columns[i];
                    var cell = row[i];
                    if (cell.IsEmpty)
                    {
                        json.WriteNull(column.Name);
                    }
                    else if (cell.Number is { } n)
                    {
                        if (column.Kind == DocumentValueKind.Time)
                        {
                            json.WriteString(column.Name, DocumentFormat.Time((int)n));
                        }
                        else
                        {
                            json.WriteNumber(column.Name, n);
                        }
                    }
                    else
                    {
                        json.WriteString(column.Name, cell.Text);
                    }
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteTotals(Utf8JsonWriter json, IReadOnlyList<DocumentTotal> totals)
    {
        if (totals.Count == 0)
        {
            return;
        }

        json.WriteStartArray("totals");
        foreach (var total in totals)
        {
            json.WriteStartObject();
            json.WriteString("label", total.Label);
            json.WriteString("role", total.Role);
            if (total.Rate is { } rate)
            {
                json.WriteNumber("rate", rate);
            }

            json.WriteNumber("amount", total.Amount);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}

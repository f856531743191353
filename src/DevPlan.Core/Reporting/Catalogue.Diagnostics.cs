using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using DevPlan.Core.Diagnostics;
using DevPlan.Core.Internal;
using DevPlan.Core.Periods;
using DevPlan.Core.Units;

namespace DevPlan.Core.Reporting;

public sealed partial class Catalogue
{
    /// <summary>
    /// Writes a diagnostic as a line in this language: where, how severe, its code, what was expected and
    /// found, and how to fix it (<c>figures.csv:53：警告 DP2001：…</c>). The message and hint are worded from
    /// their templates (<see cref="Word"/>), their figures as this language writes them.
    /// </summary>
    /// <param name="diagnostic">The diagnostic.</param>
    /// <returns>The line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostic"/> is null.</exception>
    public string Describe(Diagnostic diagnostic)
    {
        Preconditions.CheckNotNull(diagnostic);
        var message = Word(diagnostic.MessageText);
        var hint = diagnostic.HintText is { } text ? Word(text) : null;
        var where = Where(diagnostic.Location);
        return Format(where.Length == 0 ? "diagnostic.line.nowhere" : "diagnostic.line", ("where", where),
                ("severity", this["severity." + diagnostic.Severity.ToString().ToLowerInvariant()]), ("code", diagnostic.Code), ("message", message))
            + (hint is null ? "" : Format("grammar.parenthetical", ("text", hint)));
    }

    /// <summary>
    /// Writes a format error as a line in this language: where (the file, line, byte, JSON path, column or
    /// cell) and what was expected, with the text found (<c>plan.json:310（第26个字节） $.targets[0].period：…</c>).
    /// In English it is the exception's own message.
    /// </summary>
    /// <param name="exception">The error.</param>
    /// <returns>The line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is null.</exception>
    public string Describe(DevPlanFormatException exception)
    {
        Preconditions.CheckNotNull(exception);
        if (!IsChinese)
        {
            return exception.Message;
        }
        // A cell names its column already: the column is said once, by its cell, as in English.
        var location = exception.Location is { Cell: not null, Column: not null } both
            ? new DiagnosticLocation(both.SourceName, both.JsonPath, both.Line) { Cell = both.Cell }
            : exception.Location;
        var where = Where(location, exception.BytePositionInLine);
        var reason = Word(exception.ReasonText);
        if (exception.Text is { } found)
        {
            reason += Format("diagnostic.found", ("text", PrintableText.Escape(Preconditions.Truncate(found))));
        }
        return where.Length == 0 ? reason : Format("diagnostic.error.where", ("where", where), ("message", reason));
    }

    /// <summary>
    /// Words a message in this language: its template's wording in this catalogue (the English template
    /// itself in English), its values as this language writes them (a quantity as <c>1767.3亿元</c> or
    /// <c>CNY 176.73 billion</c>, a phrase worded in turn). A template this catalogue does not hold keeps
    /// its English text.
    /// </summary>
    /// <param name="message">The message.</param>
    /// <returns>The text, its control characters shown as escapes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    public string Word(DiagnosticMessage message)
    {
        Preconditions.CheckNotNull(message);
        return PrintableText.Escape(Worded(message.Parts));
    }

    /// <summary>The wording of a message, before its control characters are escaped.</summary>
    private string Worded(TemplateText message)
    {
        var template = message.Template;
        if (!IsChinese)
        {
            return Fill(template, message.Values);
        }
        if (Translations.Value.TryGetValue(template, out var wording) || CatalogueSources.TryGet(WordingsFile, template, out wording))
        {
            return Fill(wording, message.Values);
        }
        // A template of values and signs only ({0}, {0}–{1}) needs no wording: its values are written in this language.
        return HasWords(template) ? message.ToString() : Fill(template, message.Values);
    }

    /// <summary>Whether a template has words outside its placeholders.</summary>
    private static bool HasWords(string template)
    {
        var inside = false;
        foreach (var c in template)
        {
            if (c == '{' || c == '}')
            {
                inside = c == '{';
            }
            else if (!inside && char.IsAsciiLetter(c))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The file of Chinese wordings, the library's and each package's.</summary>
    private const string WordingsFile = "diagnostics.zh-CN.txt";

    /// <summary>The Chinese wordings of the library's messages, by English template (a package brings its own).</summary>
    private static readonly Lazy<FrozenDictionary<string, string>> Translations = new(() => CatalogueSources.ReadOwn(WordingsFile).ToFrozenDictionary(StringComparer.Ordinal));

    /// <summary>Fills a template's numbered placeholders with its values as this language writes them; doubled braces are braces.</summary>
    private string Fill(string template, IReadOnlyList<object> values)
    {
        var text = new StringBuilder(template.Length + 16 * values.Count);
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if ((c == '{' || c == '}') && i + 1 < template.Length && template[i + 1] == c)
            {
                text.Append(c);
                i++;
            }
            else if (c == '{')
            {
                var close = template.IndexOf('}', i);
                text.Append(Argument(values[int.Parse(template.AsSpan(i + 1, close - i - 1), NumberStyles.None, CultureInfo.InvariantCulture)]));
                i = close;
            }
            else
            {
                text.Append(c);
            }
        }
        return text.ToString();
    }

    /// <summary>A value of a diagnostic as this language writes it.</summary>
    private string Argument(object value) => value switch
    {
        DiagnosticMessage phrase => Worded(phrase.Parts),
        TemplateText phrase => Worded(phrase),
        DiagnosticList list => string.Join(this["diagnostic.list.separator"], list.Items.Select(item => Worded(item.Parts))),
        DiagnosticNames names => names.Join(this["diagnostic.names.open"], this["diagnostic.names.close"], this["diagnostic.names.separator"], this["diagnostic.names.last"]),
        string text => text,
        Quantity quantity => Format(quantity),
        Percent rate => Format(rate),
        ReportingPeriod period => Format(period),
        ZoneScope { ZoneCode: { } code } => code,
        ZoneScope => this["label.wholeRegion"],
        Unit unit => UnitName(unit),
        TargetKindName kind => this[kind.Key],
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>Where a diagnostic is: the file and line (or cell), the JSON path, the column, in this language's words.</summary>
    private string Where(DiagnosticLocation location, long? offset = null)
    {
        var text = new StringBuilder(location.SourceName ?? "");
        if (location.Cell is not null)
        {
            text.Append(text.Length > 0 ? ", " : "").Append(location.Cell);
        }
        else if (location.Line is { } line)
        {
            text.Append(text.Length > 0 ? ":" : "").Append(text.Length > 0 ? line.ToString(CultureInfo.InvariantCulture)
                : Format("diagnostic.lineOnly", ("line", line.ToString(CultureInfo.InvariantCulture))));
        }
        if (offset is { } bytes)
        {
            // The offset counts from zero, as System.Text.Json does; a language that names the byte by its ordinal
            // counts from one (diagnostic.offsetBase: the 0-based byte 6 is 第7个字节).
            var first = long.Parse(this["diagnostic.offsetBase"], NumberStyles.None, CultureInfo.InvariantCulture);
            text.Append(Format(location.Line is null ? "diagnostic.offset" : "diagnostic.offsetInLine", ("offset", (bytes + first).ToString(CultureInfo.InvariantCulture))));
        }
        if (location.JsonPath is not null)
        {
            text.Append(text.Length > 0 ? " " : "").Append(location.JsonPath);
        }
        if (location.Column is not null)
        {
            text.Append(Format("diagnostic.column", ("column", location.Column)));
        }
        return PrintableText.Escape(text.ToString());
    }
}

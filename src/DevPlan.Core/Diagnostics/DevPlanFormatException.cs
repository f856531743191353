using System.Globalization;
using System.Text;

namespace DevPlan.Core.Diagnostics;

/// <summary>
/// The base of the exceptions thrown for bad content in a document or file the library reads:
/// <see cref="PlanFormatException"/> for plan documents and <see cref="ObservationFormatException"/>
/// for observation files. Each says where the problem is (source, line, position, JSON path or
/// column) and what was expected; catch this type to handle them all.
/// </summary>
public abstract class DevPlanFormatException : FormatException
{
    private protected DevPlanFormatException(DiagnosticMessage reason, string location, Exception? innerException)
        : base(Printable(location.Length == 0 ? reason.ToString() : location + ": " + reason), innerException)
    {
        ReasonText = reason;
        Reason = Printable(reason.ToString());
    }

    /// <summary>A message quotes what a file holds: its control characters are shown as escapes, never sent to a terminal.</summary>
    private static string Printable(string text) => Internal.PrintableText.Escape(text);

    /// <summary>Gets what was expected and what was found, without the location.</summary>
    public string Reason { get; }

    /// <summary>Gets the reason as its template and the values it names, from which a catalogue words it in its language (<c>Catalogue.Describe</c>).</summary>
    public DiagnosticMessage ReasonText { get; }

    /// <summary>Gets the name of the file or stream read, if known.</summary>
    public abstract string? SourceName { get; }

    /// <summary>Gets the 1-based line of the problem, if known.</summary>
    public abstract long? LineNumber { get; }

    /// <summary>Where the problem is, as a diagnostic names a place, and its byte (in its line when it has one), if known.</summary>
    internal abstract (DiagnosticLocation Location, long? Offset) Place { get; }

    /// <summary>Joins the known parts of a location: "source: line 3, byte 7, at $.x".</summary>
    private protected static string Describe(string? source, long? line, string? position, string? where)
    {
        var builder = new StringBuilder();
        if (source is not null)
        {
            builder.Append(source);
        }
        if (line is not null)
        {
            builder.Append(builder.Length > 0 ? ": " : "").Append(CultureInfo.InvariantCulture, $"line {line}");
            if (position is not null)
            {
                builder.Append(", ").Append(position);
            }
        }
        if (where is not null)
        {
            builder.Append(builder.Length == 0 ? "" : line is null ? ": " : ", ").Append(where);
        }
        return builder.ToString();
    }
}

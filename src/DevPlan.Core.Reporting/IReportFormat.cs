namespace DevPlan.Core.Reporting;

/// <summary>
/// A way to write an evaluation report: JSON, CSV, Markdown, HTML, or one a package or an
/// application adds (a workbook, a terminal table). A format is registered once, in a
/// <see cref="ReportFormats"/>, and the tool's <c>--format</c> choices come from there.
/// </summary>
public interface IReportFormat
{
    /// <summary>Gets the format's name, as <c>--format</c> takes it: lower-case ASCII, such as <c>json</c>.</summary>
    string Name { get; }

    /// <summary>Gets a one-line description for help texts.</summary>
    string Description { get; }

    /// <summary>Gets the file extension of the format, with its dot, such as <c>.json</c>.</summary>
    string FileExtension { get; }

    /// <summary>
    /// Gets whether the format writes UTF-8 text, which a terminal can show and several reports
    /// can share one document of; false for a binary format such as a workbook. True by default.
    /// </summary>
    bool IsText => true;

    /// <summary>Writes a report.</summary>
    /// <param name="report">The report, in its language.</param>
    /// <param name="output">A writable stream; it is not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    void Write(EvaluationReport report, Stream output);
}

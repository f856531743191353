using System.Collections;
using System.Collections.Immutable;
using DevPlan.Core.Reporting.Formats;

namespace DevPlan.Core.Reporting;

/// <summary>
/// A set of report formats by name, immutable: <see cref="Default"/> holds the library's own (JSON, CSV,
/// Markdown, HTML), and <see cref="With"/> adds one (a package's workbook format, an application's
/// terminal table) without changing the set it is called on.
/// </summary>
public sealed class ReportFormats : IEnumerable<IReportFormat>
{
    private readonly ImmutableArray<IReportFormat> _formats;

    private ReportFormats(ImmutableArray<IReportFormat> formats) => _formats = formats;

    /// <summary>Gets the library's formats: <c>json</c>, <c>csv</c>, <c>markdown</c> and <c>html</c>.</summary>
    public static ReportFormats Default { get; } = new([new JsonReportFormat(), new CsvReportFormat(), new MarkdownReportFormat(), new HtmlReportFormat()]);

    /// <summary>Gets the names of the formats, in the order they were added.</summary>
    public ImmutableArray<string> Names => [.. _formats.Select(f => f.Name)];

    /// <summary>Returns a set with <paramref name="format"/> added, replacing a format of the same name.</summary>
    /// <param name="format">The format.</param>
    /// <returns>The new set; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="format"/> is null.</exception>
    public ReportFormats With(IReportFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        var index = _formats.IndexOf(Find(format.Name)!);
        return new ReportFormats(index >= 0 ? _formats.SetItem(index, format) : _formats.Add(format));
    }

    /// <summary>Finds a format by name (ordinal, case-insensitive).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The format, or null.</returns>
    public IReportFormat? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _formats.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Gets a format by name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The format.</returns>
    /// <exception cref="KeyNotFoundException">There is no such format; the message lists the names there are.</exception>
    public IReportFormat Get(string name) =>
        Find(name) ?? throw new KeyNotFoundException($"Expected one of the report formats {string.Join(", ", Names)}, but found \"{name}\".");

    /// <inheritdoc />
    public IEnumerator<IReportFormat> GetEnumerator() => ((IEnumerable<IReportFormat>)_formats).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

using System.Collections;
using System.Collections.Immutable;
using DevPlan.Core.Internal;
using DevPlan.Core.Serialization.Formats;

namespace DevPlan.Core.Serialization;

/// <summary>
/// A set of observation formats, immutable: <see cref="Default"/> holds the library's own (CSV and
/// JSON), and <see cref="With"/> adds one (a package's workbook or Parquet format) without changing
/// the set it is called on.
/// </summary>
public sealed class ObservationFormats : IEnumerable<IObservationFormat>
{
    private readonly ImmutableArray<IObservationFormat> _formats;

    private ObservationFormats(ImmutableArray<IObservationFormat> formats) => _formats = formats;

    /// <summary>Gets the library's formats: <c>csv</c> and <c>json</c>.</summary>
    public static ObservationFormats Default { get; } = new([new CsvObservationFormat(), new JsonObservationFormat()]);

    /// <summary>Gets the names of the formats, in the order they were added.</summary>
    public ImmutableArray<string> Names => [.. _formats.Select(f => f.Name)];

    /// <summary>Gets the file extensions the formats read, in the order they were added.</summary>
    public ImmutableArray<string> FileExtensions => [.. _formats.SelectMany(f => f.FileExtensions)];

    /// <summary>Returns a set with <paramref name="format"/> added, replacing a format of the same name.</summary>
    /// <param name="format">The format.</param>
    /// <returns>The new set; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="format"/> is null.</exception>
    public ObservationFormats With(IObservationFormat format)
    {
        Preconditions.CheckNotNull(format);
        var index = _formats.IndexOf(Find(format.Name)!);
        return new ObservationFormats(index >= 0 ? _formats.SetItem(index, format) : _formats.Add(format));
    }

    /// <summary>Finds a format by name (ordinal, case-insensitive).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The format, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public IObservationFormat? Find(string name)
    {
        Preconditions.CheckNotNull(name);
        return _formats.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Finds the format of a file by its extension (case-insensitive); the last format added wins a shared extension.</summary>
    /// <param name="path">The file's path or name.</param>
    /// <returns>The format, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public IObservationFormat? FindForPath(string path)
    {
        Preconditions.CheckNotNull(path);
        var extension = Path.GetExtension(path);
        return _formats.LastOrDefault(f => f.FileExtensions.Any(e => string.Equals(e, extension, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>Gets the format of a file by its extension.</summary>
    /// <param name="path">The file's path or name.</param>
    /// <returns>The format.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No format reads the extension; the message lists those there are.</exception>
    public IObservationFormat GetForPath(string path) =>
        FindForPath(path) ?? throw new KeyNotFoundException(
            $"Expected an observation file ending in {string.Join(", ", FileExtensions)}, but found \"{Path.GetFileName(path)}\".");

    /// <inheritdoc />
    public IEnumerator<IObservationFormat> GetEnumerator() => ((IEnumerable<IObservationFormat>)_formats).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

using System.Collections.Immutable;
using DevPlan.Core.Observations;
using DevPlan.Core.Units;

namespace DevPlan.Core.Serialization;

/// <summary>
/// A file format for observations: CSV, JSON, or one a package adds (a workbook, Parquet). A format
/// is registered once, in an <see cref="ObservationFormats"/>, and the tool chooses it by the file's
/// extension from there.
/// </summary>
public interface IObservationFormat
{
    /// <summary>Gets the format's name: lower-case ASCII, such as <c>csv</c>.</summary>
    string Name { get; }

    /// <summary>Gets a one-line description for help texts.</summary>
    string Description { get; }

    /// <summary>Gets the file extensions of the format, lower-case with their dot, such as <c>.csv</c>; the first is the one written.</summary>
    ImmutableArray<string> FileExtensions { get; }

    /// <summary>Opens a reader over a stream of the format.</summary>
    /// <param name="input">A readable stream; it is not closed, and must outlive the reader.</param>
    /// <param name="sourceName">The file's name, for the locations of problems; null for none.</param>
    /// <param name="units">The units the file may use (a plan's <c>UnitSystem</c>); <see cref="UnitSystem.BuiltIn"/> when null.</param>
    /// <returns>The reader, before its first observation; dispose it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="Diagnostics.DevPlanFormatException">The stream does not begin as the format requires (a missing header).</exception>
    ObservationReader OpenReader(Stream input, string? sourceName = null, UnitSystem? units = null);

    /// <summary>Writes observations in the format.</summary>
    /// <param name="observations">The observations, written in order.</param>
    /// <param name="output">A writable stream; it is not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    void Write(IEnumerable<Observation> observations, Stream output);
}

using DevPlan.Core.Internal;

namespace DevPlan.Core.Attainment;

/// <summary>
/// What the selection's <see cref="Candidate"/>s refer to but do not hold, so that they hold no
/// reference: the objects figures were offered as, and the source texts of figures read as values
/// (each distinct text once). Numbers start at 1; 0 stands for none.
/// </summary>
/// <remarks>
/// The objects offered are kept for the whole evaluation (their caller holds them too). Source texts
/// are shared: a file whose every row names its own source keeps one string per distinct text, about
/// what objects of those rows would have held.
/// </remarks>
internal sealed class CandidateObjects
{
    private readonly List<Observation> _objects = [];
    private readonly CodeTable _sources = new();

    /// <summary>Keeps an object and gives its number.</summary>
    public int Add(Observation observation)
    {
        _objects.Add(observation);
        return _objects.Count;
    }

    /// <summary>Keeps a source text, once, and gives its number; 0 for none.</summary>
    public int AddSource(ReadOnlySpan<char> source) => source.IsEmpty ? 0 : _sources.Intern(source) + 1;

    /// <summary>Gets object <paramref name="number"/>, or null for 0.</summary>
    public Observation? Object(int number) => number == 0 ? null : _objects[number - 1];

    /// <summary>Gets source text <paramref name="number"/>, or null for 0.</summary>
    public string? Source(int number) => number == 0 ? null : _sources[number - 1];
}

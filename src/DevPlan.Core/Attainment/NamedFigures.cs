namespace DevPlan.Core.Attainment;

/// <summary>
/// The figures the results of an evaluation name (each target's figure and the published figures it
/// rests on), kept as <see cref="Candidate"/> values in one growing array until a caller asks for the
/// results as objects. A national evaluation names millions of figures; as values they are one array
/// the garbage collector scans, not millions of objects it must trace and promote.
/// </summary>
/// <remarks>
/// The figures are kept in chunks of a fixed size, so that growing copies nothing, and so that the
/// figures already made into objects can be let go chunk by chunk (<see cref="ReleaseBelow"/>): the
/// figures and their objects are not held twice over while the results are made.
/// </remarks>
internal sealed class NamedFigures
{
    private const int ChunkBits = 14;
    private const int ChunkSize = 1 << ChunkBits; // 16,384 figures, 1.5 MB
    private readonly CandidateObjects _objects;
    private readonly List<Candidate[]?> _chunks = [];

    /// <summary>Creates an empty list whose figures were given as (or with sources in) <paramref name="objects"/>.</summary>
    public NamedFigures(CandidateObjects objects) => _objects = objects;

    /// <summary>Gets how many figures are named.</summary>
    public int Count { get; private set; }

    /// <summary>Names a figure; returns its number.</summary>
    public int Add(in Candidate figure)
    {
        if ((Count & (ChunkSize - 1)) == 0)
        {
            _chunks.Add(new Candidate[ChunkSize]);
        }
        _chunks[^1]![Count & (ChunkSize - 1)] = figure;
        return Count++;
    }

    /// <summary>
    /// The observation for a named figure of <paramref name="indicator"/> and <paramref name="zone"/>:
    /// the very object given, or one made now for a figure read as values.
    /// </summary>
    /// <exception cref="InvalidOperationException">The figure was released.</exception>
    public Observation Make(int number, string indicator, ZoneScope zone) =>
        (_chunks[number >> ChunkBits] ?? throw new InvalidOperationException($"Named figure {number} was released."))[number & (ChunkSize - 1)]
            .ToObservation(indicator, zone, _objects);

    /// <summary>The observations for <paramref name="count"/> named figures from <paramref name="start"/>, in order, made as by <see cref="Make"/>.</summary>
    public Observation[] MakeRun(int start, int count, string indicator, ZoneScope zone)
    {
        var observations = new Observation[count];
        for (var i = 0; i < count; i++)
        {
            observations[i] = Make(start + i, indicator, zone);
        }
        return observations;
    }

    /// <summary>Lets go of the chunks that hold only figures numbered below <paramref name="number"/>.</summary>
    public void ReleaseBelow(int number)
    {
        for (var chunk = (number >> ChunkBits) - 1; chunk >= 0 && _chunks[chunk] is not null; chunk--)
        {
            _chunks[chunk] = null;
        }
    }
}

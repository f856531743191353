using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using DevPlan.Core.Diagnostics;
using DevPlan.Core.Internal;

namespace DevPlan.Core.Observations;

/// <summary>
/// Reads observations from a file, one record at a time: the one grammar of a format (CSV, JSON,
/// a spreadsheet), which every consumer shares. <see cref="ReadObservations"/> and
/// <see cref="ReadAllLenient"/> make objects; <c>PlanEvaluator.Evaluate</c> evaluates a plan while streaming, keeping only the records
/// its targets need.
/// </summary>
/// <remarks>
/// <para>A format implements <see cref="Read"/> (and, when it can do better than the default,
/// <see cref="ReadAsync"/>). After each read that returns true, either <see cref="Problem"/> is null
/// and <see cref="Current"/> is the record, or <see cref="Problem"/> says why the row or element
/// could not be read; a malformed row is never skipped in silence. Problems that stop the whole read
/// (no header, text that is not UTF-8, a line beyond its limit) throw
/// <see cref="DevPlanFormatException"/> from <see cref="Read"/>.</para>
/// <para>A reader is used once, from one thread, and disposed; it does not close the stream it reads
/// unless it opened it.</para>
/// </remarks>
public abstract class ObservationReader : IEnumerable<Observation>, IDisposable
{
    /// <summary>Gets the name of the file or stream read, for messages, if known.</summary>
    public abstract string? SourceName { get; }

    /// <summary>Gets the current record; valid after <see cref="Read"/> returned true with no <see cref="Problem"/>, until the next read.</summary>
    public abstract ObservationRecord Current { get; }

    /// <summary>Gets where the current record or problem is (a line, a JSON path).</summary>
    public abstract DiagnosticLocation CurrentLocation { get; }

    /// <summary>
    /// Gets where the current record is as one number, from which <see cref="LocateAt"/> gives its
    /// location again after the reader has moved on: what a check across rows keeps of a row instead of
    /// its location. By default the line of <see cref="CurrentLocation"/>; a format overrides it to avoid
    /// making a location for every row.
    /// </summary>
    protected internal virtual long CurrentPosition => CurrentLocation.Line ?? 0;

    /// <summary>Gets the location of a record read earlier, from its <see cref="CurrentPosition"/>: by default its line in <see cref="SourceName"/>.</summary>
    /// <param name="position">The record's position.</param>
    /// <returns>Its location, as <see cref="CurrentLocation"/> gave it.</returns>
    protected internal virtual DiagnosticLocation LocateAt(long position) => new(SourceName, line: position);

    /// <summary>Gets why the current row could not be read, or null when <see cref="Current"/> is valid.</summary>
    public abstract ObservationProblem? Problem { get; }

    /// <summary>
    /// Gets the names of the members the current record comes with but cannot carry (the unknown
    /// members of a JSON element, which <see cref="CreateObservation"/> keeps with the observation).
    /// A consumer that keeps only records (a column store) refuses such a record rather than drop them.
    /// </summary>
    public virtual IReadOnlyList<string> CurrentUnknownMembers => [];

    /// <summary>
    /// Gets the names of the members of the document itself that no record carries (the unknown root
    /// members of a JSON document); complete once the reader has reached the end.
    /// </summary>
    public virtual IReadOnlyList<string> DocumentUnknownMembers => [];

    /// <summary>Gets the diagnostics about the file as a whole found so far (a CSV column that is not known, DP3003).</summary>
    public virtual IReadOnlyList<Diagnostic> Notices => [];

    /// <summary>Moves to the next record.</summary>
    /// <returns>True when there is a record or a problem to look at; false at the end.</returns>
    /// <exception cref="DevPlanFormatException">The rest of the file cannot be read at all.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public abstract bool Read();

    /// <summary>Moves to the next record asynchronously; by default, synchronously.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>True when there is a record or a problem to look at; false at the end.</returns>
    /// <exception cref="DevPlanFormatException">The rest of the file cannot be read at all.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public virtual ValueTask<bool> ReadAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return new ValueTask<bool>(Read());
    }

    /// <summary>
    /// Creates the current record's observation. A format that keeps more than the record holds
    /// (the unknown members of a JSON element) overrides this to keep it with the observation.
    /// </summary>
    /// <returns>The observation.</returns>
    /// <exception cref="InvalidOperationException">There is no current record (a problem, or no read yet).</exception>
    public virtual Observation CreateObservation()
    {
        ThrowIfNoRecord();
        return Current.ToObservation();
    }

    /// <summary>Reads every record strictly, as objects, streaming: a notice or the first problem throws.</summary>
    /// <returns>The observations, read as enumerated; enumerate once.</returns>
    /// <exception cref="DevPlanFormatException">A row or element cannot be read, the file has a notice, or it cannot be read at all.</exception>
    public IEnumerable<Observation> ReadObservations()
    {
        ThrowIfNotices();
        while (Read())
        {
            ThrowIfProblem();
            yield return CreateObservation();
        }
    }

    /// <summary>Reads every record strictly and asynchronously, as objects, streaming: the first problem throws.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The observations, read as enumerated.</returns>
    /// <exception cref="DevPlanFormatException">A row or element cannot be read, or the file cannot be read at all.</exception>
    public async IAsyncEnumerable<Observation> ReadObservationsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ThrowIfNotices();
        while (await ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            ThrowIfProblem();
            yield return CreateObservation();
        }
    }

    /// <summary>Reads every record leniently: every good one with its location, every problem as a diagnostic.</summary>
    /// <returns>The observations, their locations and the diagnostics (notices included).</returns>
    /// <exception cref="DevPlanFormatException">The file cannot be read at all.</exception>
    public ObservationReadResult ReadAllLenient()
    {
        var collector = new LenientCollector();
        while (Read())
        {
            collector.Collect(this);
        }
        return collector.Finish(this);
    }

    /// <summary>Reads every record leniently and asynchronously (see <see cref="ReadAllLenient"/>).</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The observations, their locations and the diagnostics.</returns>
    /// <exception cref="DevPlanFormatException">The file cannot be read at all.</exception>
    public async Task<ObservationReadResult> ReadAllLenientAsync(CancellationToken cancellationToken = default)
    {
        var collector = new LenientCollector();
        while (await ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            collector.Collect(this);
        }
        return collector.Finish(this);
    }

    /// <summary>
    /// Marks the file's notices as reported (a check that wrote them as warnings, as
    /// <c>Validation.ObservationChecker</c> does): a strict read then reads the file rather than refuse it
    /// for them. Problems of rows still throw.
    /// </summary>
    public void AcknowledgeNotices() => _noticesAcknowledged = true;

    private bool _noticesAcknowledged;

    /// <summary>
    /// Throws the first notice as a <see cref="DevPlanFormatException"/>, if there is one and it has not been acknowledged (<see cref="AcknowledgeNotices"/>): a
    /// strict read refuses a file with anything to remark on (a column that is not known).
    /// </summary>
    /// <exception cref="DevPlanFormatException">The file has a notice.</exception>
    public void ThrowIfNotices()
    {
        if (!_noticesAcknowledged && Notices is [var first, ..])
        {
            throw new DevPlanFormatException(first.MessageText, WithSource(first.Location));
        }
    }

    /// <summary>Throws the current problem as a <see cref="DevPlanFormatException"/>, if there is one.</summary>
    /// <exception cref="DevPlanFormatException">The current row or element could not be read.</exception>
    public void ThrowIfProblem()
    {
        if (Problem is { } problem)
        {
            throw new DevPlanFormatException(problem.ReasonText, WithSource(problem.Location), problem.Text);
        }
    }

    /// <summary>A location that names this reader's source when it names none (a reader another package writes may leave it out).</summary>
    private DiagnosticLocation WithSource(DiagnosticLocation location) => location.SourceName is null && SourceName is not null
        ? new DiagnosticLocation(SourceName, location.JsonPath, location.Line, location.Column) { Cell = location.Cell }
        : location;

    /// <summary>Enumerates the observations strictly (<see cref="ReadObservations"/>); a reader is enumerated once.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<Observation> GetEnumerator() => ReadObservations().GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Disposes the reader (and the stream, when the reader opened it).</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases what the reader holds.</summary>
    /// <param name="disposing">True when called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
    }

    /// <summary>Throws when there is no current record.</summary>
    /// <exception cref="InvalidOperationException">The current row is a problem, or nothing was read.</exception>
    protected void ThrowIfNoRecord()
    {
        if (Problem is not null)
        {
            throw new InvalidOperationException("The current row could not be read; see Problem.");
        }
    }

    private sealed class LenientCollector
    {
        private readonly ImmutableArray<Observation>.Builder _observations = ImmutableArray.CreateBuilder<Observation>();
        private readonly ImmutableArray<DiagnosticLocation>.Builder _locations = ImmutableArray.CreateBuilder<DiagnosticLocation>();
        private readonly List<Diagnostic> _problems = [];

        public void Collect(ObservationReader reader)
        {
            if (reader.Problem is { } problem)
            {
                _problems.Add(problem.ToDiagnostic());
                return;
            }
            _observations.Add(reader.CreateObservation());
            _locations.Add(reader.CurrentLocation);
        }

        public ObservationReadResult Finish(ObservationReader reader) =>
            new(_observations.ToImmutable(), _locations.ToImmutable(), [.. Preconditions.CheckNotNull(reader.Notices), .. _problems]);
    }
}

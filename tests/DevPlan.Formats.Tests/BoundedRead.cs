using System.Diagnostics;
using DevPlan.Core.Diagnostics;
using DevPlan.Core.Observations;
using DevPlan.Core.Serialization;
using Xunit.Sdk;

namespace DevPlan.Formats.Tests;

/// <summary>
/// Reads a hostile file on a thread of its own, so that a hang is seen rather than waited on, and
/// holds the read to generous bounds: it ends in a result or an <see cref="DevPlanFormatException"/>
/// (nothing else escapes), with at most 256 MB allocated. Time is not asserted (tests never assert timings): a read
/// still running after a minute is taken for a hang, a bound far past any honest read on a loaded machine.
/// </summary>
internal static class BoundedRead
{
    public const long MaxAllocated = 256L << 20;

    /// <summary>How long a read may run before it is taken for a hang.</summary>
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(60);

    /// <summary>Reads the whole file leniently, or has it refused.</summary>
    public static Outcome Run(IObservationFormat format, byte[] bytes, string because, string name = "hostile.parquet")
    {
        Outcome? outcome = null;
        Exception? escaped = null;
        var thread = new Thread(() =>
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            try
            {
                using var reader = format.OpenReader(new MemoryStream(bytes, writable: false), name);
                var result = reader.ReadAllLenient();
                outcome = new Outcome(result, null, clock.Elapsed, GC.GetAllocatedBytesForCurrentThread() - allocated);
            }
            catch (DevPlanFormatException e)
            {
                outcome = new Outcome(null, e, clock.Elapsed, GC.GetAllocatedBytesForCurrentThread() - allocated);
            }
            catch (Exception e)
            {
                escaped = e;
            }
        })
        { IsBackground = true, Name = "hostile read" };
        thread.Start();
        if (!thread.Join(Hang))
        {
            throw new XunitException($"{because}: the read is still running after {Hang.TotalSeconds} s, a hang.");
        }
        if (escaped is not null)
        {
            throw new XunitException($"{because}: expected a result or an DevPlanFormatException, but {escaped.GetType().Name} escaped: {escaped}");
        }
        outcome!.Allocated.Should().BeLessThan(MaxAllocated, because);
        outcome.Error?.Message.Should().Contain(name, because);
        return outcome;
    }

    /// <summary>How a read ended: its result or its error, and what it took.</summary>
    public sealed record Outcome(ObservationReadResult? Result, DevPlanFormatException? Error, TimeSpan Elapsed, long Allocated);
}

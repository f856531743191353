using System.Globalization;
using DevPlan.Core.Diagnostics;

namespace DevPlan.Core.Spreadsheets.Internal;

/// <summary>
/// The decompressed bytes a workbook may still yield, shared by every part read from it, so that a
/// part that holds more than its package declared is stopped as it is read.
/// </summary>
internal sealed class ByteBudget(long limit, string? sourceName)
{
    private long _used;

    public void Spend(int count)
    {
        _used += count;
        if (_used > limit)
        {
            throw new DevPlanFormatException($"Expected a workbook whose parts hold at most {limit} bytes decompressed (XlsxReadOptions.MaxUncompressedBytes), but this one holds more: it may be a zip bomb.",
                new DiagnosticLocation(sourceName));
        }
    }

    /// <summary>A read-only view of a part's stream that spends the budget as it is read.</summary>
    public Stream Watch(Stream part) => new Watched(part, this);

    private sealed class Watched(Stream inner, ByteBudget budget) : InspectingStream(inner)
    {
        protected override void Inspect(ReadOnlySpan<byte> bytes) => budget.Spend(bytes.Length);
    }
}

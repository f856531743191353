using System.Collections.Immutable;
using DevPlan.Core.Diagnostics;

namespace DevPlan.Core.Drafting.Building;

/// <summary>The findings of a draft, up to the limit; at the limit, one more says so and reading stops.</summary>
internal sealed class Findings(int max)
{
    private readonly List<DraftFinding> _found = [];

    /// <summary>Whether the limit is reached and reading must stop.</summary>
    public bool Full { get; private set; }

    public void Add(DraftFindingKind kind, DiagnosticMessage message, SourceSpan source)
    {
        if (Full)
        {
            return;
        }
        if (_found.Count >= max)
        {
            _found.Add(new DraftFinding(DraftFindingKind.LimitReached,
                $"more than {max} findings: the rest of the text was not read (DraftOptions.MaxFindings, default 1000) at", source));
            Full = true;
            return;
        }
        _found.Add(new DraftFinding(kind, message, source));
    }

    /// <summary>Records that too many elements were drafted, and stops reading.</summary>
    public void Stop(DiagnosticMessage message, SourceSpan source)
    {
        if (!Full)
        {
            _found.Add(new DraftFinding(DraftFindingKind.LimitReached, message, source));
            Full = true;
        }
    }

    public ImmutableArray<DraftFinding> ToImmutable() => [.. _found];
}

using System.Collections.Immutable;
using DevPlan.Core.Internal;
using DevPlan.Core.Text;
using NodaTime;

namespace DevPlan.Core;

/// <summary>
/// A target responsibility agreement (目标责任书): issuing units hold signatory units responsible
/// for targets, under an assessment orientation (奖优罚劣, reward the good and penalise the poor).
/// </summary>
public sealed class ResponsibilityAgreement
{
    /// <summary>Creates an agreement.</summary>
    /// <param name="id">The agreement's id, unique within the plan.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not a code.</exception>
    public ResponsibilityAgreement(string id) => Id = Preconditions.CheckCode(id);

    /// <summary>Gets the agreement's id.</summary>
    public string Id { get; }

    /// <summary>Gets the codes of the units that issue the agreement and assess against it.</summary>
    /// <exception cref="ArgumentException">Set with an element that is not a code.</exception>
    public ImmutableArray<string> Issuers
    {
        get;
        init => field = Preconditions.CheckCodes(value, nameof(Issuers));
    } = [];

    /// <summary>Gets the codes of the units that sign and answer for the targets.</summary>
    /// <exception cref="ArgumentException">Set with an element that is not a code.</exception>
    public ImmutableArray<string> Signatories
    {
        get;
        init => field = Preconditions.CheckCodes(value, nameof(Signatories));
    } = [];

    /// <summary>
    /// Gets the ids of the targets the agreement covers. Empty means the source does not say which
    /// targets it covers (see <see cref="Note"/>); it does not mean all of them.
    /// </summary>
    /// <exception cref="ArgumentException">Set with an element that is not a code.</exception>
    public ImmutableArray<string> Targets
    {
        get;
        init => field = Preconditions.CheckCodes(value, nameof(Targets));
    } = [];

    /// <summary>Gets the date it was signed, if known.</summary>
    public LocalDate? SignedOn { get; init; }

    /// <summary>Gets the assessment orientation (奖优罚劣), if given.</summary>
    public LocalizedText? AssessmentOrientation { get; init; }

    /// <summary>Gets a note on the agreement, if any.</summary>
    public LocalizedText? Note { get; init; }

    /// <summary>Returns the id.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Id;
}

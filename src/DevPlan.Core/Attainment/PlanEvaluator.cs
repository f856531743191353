using System.Collections.Immutable;
using DevPlan.Core.Internal;
using DevPlan.Core.Observations;
using DevPlan.Core.Units;
using NodaTime;

namespace DevPlan.Core.Attainment;

/// <summary>Evaluates every target of a plan against a source of observations at a date.</summary>
public static class PlanEvaluator
{
    /// <summary>
    /// Judges one target against one observation, as <see cref="Evaluate"/> does for each target of a plan
    /// (<c>docs/methods.md</c>, §7). Assessing allocates nothing: the result is a value, and its text is built
    /// only when asked.
    /// </summary>
    /// <param name="target">The target.</param>
    /// <param name="indicator">The target's indicator, for its direction and price basis.</param>
    /// <param name="observation">The latest observation of the target's indicator and zone within its period, or null.</param>
    /// <param name="asOf">The date of the assessment (used by <see cref="PaceBasis.AsOfDays"/>).</param>
    /// <param name="policy">The judgement policy; <see cref="AttainmentPolicy.Default"/> when null.</param>
    /// <param name="samePeriodLastYear">The observation of the same period a year earlier, used to compute a nominal growth rate from levels when none is published.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> or <paramref name="indicator"/> is null.</exception>
    /// <exception cref="ArgumentException">The indicator, or the observation's indicator or zone, is not the target's.</exception>
    /// <exception cref="UnitMismatchException">A level is in another dimension than the target.</exception>
    /// <remarks>
    /// <para><b>Final or in-year.</b> When the observation covers the whole target period the verdict is
    /// final (achieved, exceeded, not achieved). When it covers the start of the period only (January–May
    /// of an annual target), the verdict is on pace: on track or behind. A growth target compares the
    /// year-to-date cumulative growth with the target rate. A level target of a flow compares the share
    /// of the target done with the elapsed share of the period (时间过半、任务过半); a level target of a
    /// stock or a ratio compares the latest level with the target.</para>
    /// <para><b>Qualifiers.</b> "At least" is an inclusive floor and "at most" an inclusive ceiling;
    /// "about" is a band of ±<see cref="AttainmentPolicy.AboutToleranceForRates"/> (or the level
    /// tolerance), above which the target is exceeded in the better direction; a figure without a
    /// qualifier follows <see cref="AttainmentPolicy.Exactly"/>. Beyond a floor in the better direction
    /// by more than the policy margin is exceeded. For a lower-is-better indicator everything mirrors.
    /// A reduction target is met when the reduction (the negated change) is at least its figure.</para>
    /// <para><b>Degenerate inputs.</b> No observation gives <see cref="AttainmentStatus.NoData"/>; an
    /// observation without the figure the kind needs, a comparable-price growth without a published rate,
    /// or growth on a zero or negative base gives <see cref="AttainmentStatus.NotAssessable"/> with the
    /// reason; a target of zero has no completion ratio; a level in another dimension than the target
    /// throws <see cref="UnitMismatchException"/> naming both units.</para>
    /// </remarks>
    public static TargetAssessment Assess(Target target, Indicator indicator, Observation? observation, LocalDate asOf,
        AttainmentPolicy? policy = null, Observation? samePeriodLastYear = null) =>
        TargetAssessor.Assess(target, indicator, observation, asOf, policy, samePeriodLastYear);

    /// <summary>
    /// Evaluates each target of the plan, in plan order, on the figure the selection rule chooses for
    /// it (see <c>docs/methods.md</c>): among the observations of its indicator and zone whose period
    /// lies within the target's period and has ended by <paramref name="asOf"/>, for a flow the latest
    /// figure from the start of the period (with following months' levels added on for a level target),
    /// for a stock or a ratio the latest figure; of equal periods the last given (a revision replaces
    /// the figure before it). The same span a year earlier, for a nominal growth computed from levels,
    /// is looked up in the observations and then in the plan's baselines. The zones' contributions to
    /// growth are computed as well.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="observations">
    /// The observations: any sequence. An <see cref="ObservationReader"/> is read as a stream (strictly:
    /// its first problem throws), and only the figures the results name are made into objects, so memory
    /// grows with the targets. A result names the very objects of a sequence of <see cref="Observation"/>s;
    /// of a reader, objects made for it.
    /// </param>
    /// <param name="asOf">The date of the evaluation; periods ending after it are not yet known.</param>
    /// <param name="policy">The judgement policy; <see cref="AttainmentPolicy.Default"/> when null.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> or <paramref name="observations"/> is null, or the sequence holds a null.</exception>
    /// <exception cref="UnitMismatchException">An observation's level is in another dimension than its target.</exception>
    /// <exception cref="Diagnostics.DevPlanFormatException">A reader's row or element cannot be read.</exception>
    public static PlanEvaluation Evaluate(Plan plan, IEnumerable<Observation> observations, LocalDate asOf, AttainmentPolicy? policy = null)
    {
        Preconditions.CheckNotNull(plan);
        Preconditions.CheckNotNull(observations);
        return Run(new ObservationSelection(plan, asOf), observations, policy);
    }

    /// <summary>
    /// Evaluates a multi-year plan with the annual plans that implement it, as
    /// <see cref="Evaluate(Plan, IEnumerable{Observation}, LocalDate, AttainmentPolicy?)"/> does, and judges each target
    /// set each year in the annual plans (<see cref="TargetKind.SetEachYear"/>, 各年度视情提出) on their results: the
    /// annual plans' final verdicts on a growth target of its indicator and zone, in the years of its span. An annual
    /// plan serves when it declares this plan (<see cref="Plan.PartOf"/>) or declares none, its region is this plan's and it was adopted by <paramref name="asOf"/> (<see cref="Plan.AdoptedOn"/>);
    /// the results carry what each such target rests on (<see cref="TargetEvaluation.AnnualResults"/>).
    /// </summary>
    /// <param name="plan">The multi-year plan.</param>
    /// <param name="annualEvaluations">The evaluations of its annual plans, each as of the same date or earlier, in any order.</param>
    /// <param name="observations">The observations of the multi-year plan, as for <see cref="Evaluate(Plan, IEnumerable{Observation}, LocalDate, AttainmentPolicy?)"/>.</param>
    /// <param name="asOf">The date of the evaluation.</param>
    /// <param name="policy">The judgement policy; <see cref="AttainmentPolicy.Default"/> when null.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException">An argument is null, or a sequence holds a null.</exception>
    /// <exception cref="ArgumentException">An annual evaluation is of a plan of more than one year, or is dated after <paramref name="asOf"/>.</exception>
    public static PlanEvaluation EvaluateWithAnnualPlans(Plan plan, IEnumerable<PlanEvaluation> annualEvaluations, IEnumerable<Observation> observations, LocalDate asOf, AttainmentPolicy? policy = null)
    {
        Preconditions.CheckNotNull(plan);
        Preconditions.CheckNotNull(annualEvaluations);
        Preconditions.CheckNotNull(observations);
        var annual = annualEvaluations.ToImmutableArray();
        foreach (var evaluation in annual)
        {
            Preconditions.CheckNotNull(evaluation, nameof(annualEvaluations));
            if (evaluation.Plan.Horizon.YearCount > 1)
            {
                throw new ArgumentException($"Expected evaluations of annual plans, but \"{evaluation.Plan.Id}\" covers {evaluation.Plan.Horizon}.", nameof(annualEvaluations));
            }
            if (evaluation.AsOf > asOf)
            {
                throw new ArgumentException($"Expected evaluations as of {asOf:uuuu-MM-dd} or earlier, but \"{evaluation.Plan.Id}\" is evaluated as of {evaluation.AsOf:uuuu-MM-dd}.", nameof(annualEvaluations));
            }
        }
        return Run(new ObservationSelection(plan, asOf) { AnnualPlans = annual }, observations, policy);
    }

    private static PlanEvaluation Run(ObservationSelection selection, IEnumerable<Observation> observations, AttainmentPolicy? policy)
    {
        switch (observations)
        {
            case ObservationReader reader:
                reader.ThrowIfNotices();
                while (reader.Read())
                {
                    reader.ThrowIfProblem();
                    var record = reader.Current;
                    if (!selection.Wants(record.Indicator, record.Zone, record.Period, record.Released))
                    {
                        continue;
                    }
                    // A row is kept as values; one with members of its own (unknown to the format) as the object that holds them.
                    if (reader.CurrentUnknownMembers.Count == 0)
                    {
                        selection.Offer(record);
                    }
                    else
                    {
                        selection.Offer(reader.CreateObservation());
                    }
                }
                break;
            case BulkObservationSet set: // the internal column store, which the tests and benchmarks measure against objects and readers
                for (var i = 0; i < set.Count; i++)
                {
                    if (selection.Wants(set.IndicatorOf(i), set.ZoneCodeOf(i), set.PeriodOf(i), set.ReleasedOf(i)))
                    {
                        selection.Offer(set.RecordOf(i));
                    }
                }
                break;
            default:
                foreach (var observation in observations)
                {
                    Preconditions.CheckNotNull(observation, nameof(observations));
                    if (selection.Wants(observation.Indicator, observation.Zone.ZoneCode, observation.Period, observation.Released))
                    {
                        selection.Offer(observation);
                    }
                }
                break;
        }
        return selection.Finish(policy ?? AttainmentPolicy.Default);
    }
}

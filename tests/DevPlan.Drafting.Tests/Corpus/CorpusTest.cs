using System.Globalization;
using DevPlan.Core.Drafting;
using DevPlan.Core.Validation;
using Xunit.Abstractions;

namespace DevPlan.Drafting.Tests.Corpus;

/// <summary>
/// Drafts every paragraph of the corpus and compares what is drafted with what a reader expects:
/// precision (drafted targets and results that are expected) and recall (expected ones that are
/// drafted) for each paragraph, printed to the test output and held at 100%, and the findings, which
/// must quote exactly the clauses a reader sees left out.
/// </summary>
public class CorpusTest(ITestOutputHelper output)
{
    public static TheoryData<string> Ids => [.. Paragraphs.All.Select(p => p.Id)];

    private static CorpusParagraph Find(string id) => Paragraphs.All.Single(p => p.Id == id);

    [Fact]
    public void TheCorpus_HasAtLeastFifteenSourcedParagraphs_OfEightRegionsAndMore()
    {
        Paragraphs.All.Should().HaveCountGreaterThanOrEqualTo(15);
        Paragraphs.All.Select(p => p.Id).Should().OnlyHaveUniqueItems();
        Paragraphs.All.Should().OnlyContain(p => p.Document.Length > 0 && p.Url.Length > 0 && IsDate(p.Date));
        Paragraphs.All.Select(p => p.Region).Where(r => r != "全国").Distinct().Should().HaveCountGreaterThanOrEqualTo(8);
        Paragraphs.All.Count(p => p.Targets.Length > 0).Should().BeGreaterThanOrEqualTo(15);
        Paragraphs.All.Count(p => p.Results.Length > 0).Should().BeGreaterThanOrEqualTo(8);
        Paragraphs.All.Count(p => p.Horizon is not null).Should().BeGreaterThanOrEqualTo(4, "five-year outlines are in the corpus");
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void EveryParagraph_IsDraftedAsAReaderExpects(string id)
    {
        var paragraph = Find(id);
        var draft = PlanDrafter.Draft(paragraph.Text, paragraph.Options);

        var targets = draft.Targets.Select(t => Describe.Target(t.Target)).ToList();
        var results = draft.Observations.Select(Describe.Observation).ToList();
        var (targetPrecision, targetRecall) = Score(targets, paragraph.Targets);
        var (resultPrecision, resultRecall) = Score(results, paragraph.Results);
        output.WriteLine($"{paragraph.Id} ({paragraph.Document}, {paragraph.Date}): targets {targets.Count}/{paragraph.Targets.Length} precision {targetPrecision:P0} recall {targetRecall:P0}; "
            + $"results {results.Count}/{paragraph.Results.Length} precision {resultPrecision:P0} recall {resultRecall:P0}; findings {draft.Findings.Length}");

        targets.Should().BeEquivalentTo(paragraph.Targets, "the targets of {0}", id);
        results.Should().BeEquivalentTo(paragraph.Results, "the results of {0}", id);
        (targetPrecision, targetRecall, resultPrecision, resultRecall).Should().Be((1m, 1m, 1m, 1m));
        draft.Findings.Select(f => f.Source.Text).Should().Equal(paragraph.Findings, "the clauses of {0} left out", id);
        draft.Plan.Should().NotBeNull("every corpus paragraph drafts a plan");
        PlanValidator.Validate(draft.Plan!).Errors.Should().BeEmpty();
    }

    [Fact]
    public void TheReport_OverTheWholeCorpus_Is100Percent()
    {
        var (expected, drafted, right) = (0, 0, 0);
        foreach (var paragraph in Paragraphs.All)
        {
            var draft = PlanDrafter.Draft(paragraph.Text, paragraph.Options);
            var found = draft.Targets.Select(t => Describe.Target(t.Target)).Concat(draft.Observations.Select(Describe.Observation)).ToList();
            var wanted = paragraph.Targets.Concat(paragraph.Results).ToList();
            expected += wanted.Count;
            drafted += found.Count;
            right += Matches(found, wanted);
        }
        output.WriteLine($"corpus: {Paragraphs.All.Length} paragraphs, {expected} expected targets and results, {drafted} drafted, {right} right: "
            + $"precision {(decimal)right / drafted:P1}, recall {(decimal)right / expected:P1}");
        (right, drafted).Should().Be((expected, expected));
    }

    private static bool IsDate(string text) => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    /// <summary>Precision and recall of drafted lines against expected ones, counting repeats (a multiset).</summary>
    private static (decimal Precision, decimal Recall) Score(List<string> drafted, string[] expected)
    {
        var right = Matches(drafted, expected);
        return (drafted.Count == 0 ? (expected.Length == 0 ? 1m : 0m) : (decimal)right / drafted.Count, expected.Length == 0 ? (drafted.Count == 0 ? 1m : 0m) : (decimal)right / expected.Length);
    }

    private static int Matches(IEnumerable<string> drafted, IEnumerable<string> expected)
    {
        var left = expected.GroupBy(e => e).ToDictionary(g => g.Key, g => g.Count());
        var right = 0;
        foreach (var line in drafted)
        {
            if (left.TryGetValue(line, out var count) && count > 0)
            {
                left[line] = count - 1;
                right++;
            }
        }
        return right;
    }
}

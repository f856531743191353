using System.CommandLine;
using System.Globalization;
using DevPlan.Core.Diagnostics;
using DevPlan.Core.Drafting;
using DevPlan.Core.IO;
using DevPlan.Core.Periods;
using DevPlan.Core.Reporting;
using DevPlan.Core.Serialization;
using DevPlan.Core.Validation;

namespace DevPlan.Cli;

/// <summary>
/// <c>devplan draft &lt;text|-&gt;</c>: drafts a plan from its published text (DevPlan.Core.Drafting) and
/// writes it as a plan document to standard output or <c>--output</c>, with the findings and the
/// validator's diagnostics on standard error. Exit 0 for a clean draft, 3 for a draft with findings,
/// 1 when the draft has validation errors, 2 for unreadable text.
/// </summary>
internal static class DraftCommand
{
    public static Command Create(Func<CliEnvironment> environment, Catalogue words, Func<ParseResult, Func<int>, int> guard)
    {
        string Help(string key) => words["tool.help.draft." + key];
        var text = new Argument<string>("text") { Description = Help("text") };
        var output = new Option<FileInfo?>("--output", "-o") { Description = Help("output") };
        var id = new Option<string?>("--id") { Description = Help("id") };
        var year = new Option<int?>("--year") { Description = Help("year") };
        var horizon = new Option<string?>("--horizon") { Description = Help("horizon") };
        var regionCode = new Option<string?>("--region-code") { Description = Help("regionCode") };
        var regionName = new Option<string?>("--region-name") { Description = Help("regionName") };
        var mode = new Option<string>("--mode") { Description = Help("mode"), DefaultValueFactory = _ => "auto" };
        mode.AcceptOnlyFromAmong("auto", "targets", "results");
        var resultsYear = new Option<int?>("--results-year") { Description = Help("resultsYear") };
        var source = new Option<string?>("--source") { Description = Help("source") };
        var observations = new Option<FileInfo?>("--observations-output") { Description = Help("observations") };
        var maxBytes = new Option<int?>("--max-bytes") { Description = Help("maxBytes") };
        var command = new Command("draft", words["tool.help.draft"])
        {
            text, output, id, year, horizon, regionCode, regionName, mode, resultsYear, source, observations, maxBytes,
        };
        command.SetAction(r => guard(r, () =>
        {
            // The environment as the command line set it (the language of --lang).
            var env = environment();
            if (r.GetValue(horizon) is { } span && !ReportingPeriod.TryParse(span, out _))
            {
                env.Usage("tool.usage.horizon", ("text", span));
                return ExitCodes.Usage;
            }
            DraftOptions options;
            try
            {
                options = new DraftOptions
                {
                    PlanId = r.GetValue(id),
                    Year = r.GetValue(year),
                    Horizon = r.GetValue(horizon) is { } h ? ReportingPeriod.Parse(h) : null,
                    RegionCode = r.GetValue(regionCode),
                    RegionName = r.GetValue(regionName),
                    ResultsYear = r.GetValue(resultsYear),
                    SourceName = r.GetValue(source),
                    Mode = r.GetValue(mode) switch { "targets" => DraftMode.Targets, "results" => DraftMode.Results, _ => DraftMode.Auto },
                    MaxInputBytes = r.GetValue(maxBytes) ?? DraftOptions.Default.MaxInputBytes,
                };
                return Run(env, r.GetRequiredValue(text), options, r.GetValue(output), r.GetValue(observations));
            }
            catch (ArgumentException e)
            {
                env.Error.WriteLine(env.Words["tool.prefix.usage"] + e.Message.Split(" (Parameter", 2)[0]);
                return ExitCodes.Usage;
            }
        }));
        return command;
    }

    private static int Run(CliEnvironment env, string text, DraftOptions options, FileInfo? output, FileInfo? observationsOutput)
    {
        if (output is not null && Directory.Exists(output.FullName))
        {
            env.Usage("tool.usage.outputDirectory", ("path", output.ToString()));
            return ExitCodes.Usage;
        }
        var name = text == "-" ? "stdin" : text;
        PlanDraft draft;
        if (text == "-")
        {
            if (env.OpenInput is null)
            {
                env.Usage("tool.usage.noInput.text");
                return ExitCodes.Usage;
            }
            using var input = env.OpenInput();
            draft = PlanDrafter.Read(input, options, name);
        }
        else
        {
            draft = PlanDrafter.ReadFile(text, options);
        }
        foreach (var finding in draft.Findings)
        {
            env.Error.WriteLine(env.Words.Format("tool.draft.finding", ("file", name), ("kind", env.Words[KindKey(finding.Kind)]),
                ("line", finding.Source.Line.ToString(CultureInfo.InvariantCulture)), ("column", finding.Source.Column.ToString(CultureInfo.InvariantCulture)),
                ("message", env.Words.Word(finding.MessageText)), ("text", finding.Source.Text)));
        }
        var errors = 0;
        if (draft.Plan is { } plan)
        {
            foreach (var diagnostic in PlanValidator.Validate(plan).Diagnostics)
            {
                env.Error.WriteLine(env.Words.Describe(diagnostic));
                errors += diagnostic.Severity == DiagnosticSeverity.Error ? 1 : 0;
            }
            var json = draft.ToUtf8Json();
            if (output is null || output.Name == "-")
            {
                env.Out.Write(System.Text.Encoding.UTF8.GetString(json));
                env.Out.Flush();
            }
            else
            {
                AtomicFile.Write(output.FullName, stream => stream.Write(json));
            }
        }
        if (observationsOutput is not null)
        {
            var kept = draft.Observations.Where(o => o.Observation is not null).Select(o => o.Observation!).ToList();
            AtomicFile.Write(observationsOutput.FullName, stream => stream.Write(ObservationJson.ToUtf8Bytes(kept)));
        }
        env.Error.WriteLine(env.Words["tool.prefix.draft"] + env.Words.Format(draft.Plan is null ? "tool.draft.summary.noPlan" : "tool.draft.summary",
            ("targets", env.Words.Count("targets", draft.Targets.Length)), ("results", env.Words.Count("results", draft.Observations.Length)),
            ("file", name), ("findings", env.Words.Count("findings", draft.Findings.Length))));
        return errors > 0 ? ExitCodes.Invalid : draft.HasFindings ? ExitCodes.DraftWithFindings : ExitCodes.Success;
    }

    /// <summary>The catalogue key of a finding's kind.</summary>
    private static string KindKey(DraftFindingKind kind) => kind switch
    {
        DraftFindingKind.UnknownClause => "draft.kind.unknownClause",
        DraftFindingKind.FigureNotKept => "draft.kind.figureNotKept",
        DraftFindingKind.NotExpressible => "draft.kind.notExpressible",
        DraftFindingKind.Mismatch => "draft.kind.mismatch",
        DraftFindingKind.MissingInformation => "draft.kind.missingInformation",
        DraftFindingKind.IgnoredCharacters => "draft.kind.ignoredCharacters",
        DraftFindingKind.ClauseTooLong => "draft.kind.clauseTooLong",
        DraftFindingKind.LimitReached => "draft.kind.limitReached",
    };
}

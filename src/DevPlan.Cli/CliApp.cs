using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using DevPlan.Cli.Reports;
using DevPlan.Core;
using DevPlan.Core.Attainment;
using DevPlan.Core.Diagnostics;
using DevPlan.Core.IO;
using DevPlan.Core.Observations;
using DevPlan.Core.Reporting;
using DevPlan.Core.Serialization;
using DevPlan.Core.Units;
using DevPlan.Core.Validation;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;

namespace DevPlan.Cli;

/// <summary>
/// The devplan command line: <c>validate</c>, <c>show</c>, <c>evaluate</c>, <c>schema</c>,
/// <c>format</c> and <c>draft</c>. Exit codes are in <see cref="ExitCodes"/>; errors are one line on standard error,
/// with a stack trace only under <c>--verbose</c>.
/// </summary>
internal static class CliApp
{
    public static int Run(string[] args, CliEnvironment env)
    {
        env = env with { Out = new StandardStream(env.Out, "standard output", required: true), Error = new StandardStream(env.Error, "standard error", required: false) };
        // The language asked for words the usage lines and the help as well as the output.
        var chinese = AsksForChinese(args);
        var words = Catalogue.For(chinese ? "zh" : "en");
        string Help(string key) => words["tool.help." + key];
        var verbose = new Option<bool>("--verbose") { Description = Help("verbose"), Recursive = true };
        var lang = new Option<string>("--lang") { Description = Help("lang"), DefaultValueFactory = _ => "en", Recursive = true };
        lang.AcceptOnlyFromAmong("en", "zh");
        var plan = new Argument<FileInfo>("plan") { Description = Help("plan") };

        var inputFormat = new Option<string?>("--input-format")
        {
            Description = words.Format("tool.help.inputFormat", ("formats", string.Join(", ", ToolFormats.Observations.Names))),
        };
        inputFormat.AcceptOnlyFromAmong([.. ToolFormats.Observations.Names]);
        var sheet = new Option<string?>("--sheet")
        {
            Description = Help("sheet"),
        };
        var validateObservations = new Option<FileInfo?>("--observations", "-i") { Description = Help("validate.observations") };
        var validate = new Command("validate", Help("validate")) { plan, validateObservations, inputFormat, sheet };
        validate.SetAction(r => Guard(r, env, verbose, () =>
        {
            using var input = new StandardInputFiles(env, r.GetValue(inputFormat));
            var observationFile = input.Resolve(r.GetValue(validateObservations));
            var observationInput = new ObservationInput(env, r.GetValue(sheet));
            observationInput.CheckSheetApplies([observationFile]);
            return Validate(env, observationInput, r.GetRequiredValue(plan), observationFile);
        }));

        var show = new Command("show", Help("show")) { plan };
        show.SetAction(r => Guard(r, env, verbose, () => Show(env, r.GetRequiredValue(plan), r.GetValue(lang)!)));

        var observations = new Option<FileInfo[]>("--observations", "-i")
        {
            Description = Help("evaluate.observations"),
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var asOf = new Option<string?>("--as-of") { Description = Help("evaluate.asOf") };
        var formats = Formats(env);
        var format = new Option<string>("--format", "-f")
        {
            Description = words.Format("tool.help.evaluate.format", ("formats", string.Join(Help("separator"),
                formats.Select(f => words.Format("tool.help.reportFormat", ("name", f.Name), ("description", Help("reportFormat." + f.Name))))))),
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong([.. formats.Names]);
        var output = new Option<FileInfo?>("--output", "-o") { Description = Help("evaluate.output") };
        var plans = new Argument<string[]>("plans")
        {
            Description = Help("evaluate.plans"),
            Arity = ArgumentArity.OneOrMore,
        };
        var evaluate = new Command("evaluate", Help("evaluate")) { plans, observations, inputFormat, sheet, asOf, format, output };
        evaluate.SetAction(r => Guard(r, env, verbose, () =>
        {
            using var input = new StandardInputFiles(env, r.GetValue(inputFormat));
            var to = r.GetValue(output);
            FileInfo[] observationFiles = [.. r.GetRequiredValue(observations).Select(f => input.Resolve(f)!)];
            var observationInput = new ObservationInput(env, r.GetValue(sheet));
            observationInput.CheckSheetApplies(observationFiles);
            to = to is { Name: "-" } ? null : to;
            var chosen = ReportFormat(env, formats, r.GetValue(format)!, r.GetResult(format) is { Implicit: false }, to);
            return chosen is null
                ? ExitCodes.Usage
                : Evaluate(env, observationInput, r.GetRequiredValue(plans), observationFiles, r.GetValue(asOf), chosen, to, r.GetValue(lang)!);
        }));

        var schemaKind = new Option<string>("--kind") { Description = Help("schema.kind"), DefaultValueFactory = _ => "plan" };
        schemaKind.AcceptOnlyFromAmong("plan", "observations", "report");
        var schema = new Command("schema", Help("schema")) { schemaKind };
        schema.SetAction(r => Guard(r, env, verbose, () =>
        {
            env.Out.Write(r.GetValue(schemaKind) switch
            {
                "observations" => ObservationJson.JsonSchema,
                "report" => ResultRecord.JsonSchema,
                "plan" => PlanJson.JsonSchema,
                var kind => throw new UnreachableException($"--kind accepts only plan, observations or report, not {kind}."),
            });
            return ExitCodes.Success;
        }));

        var formatPlan = new Command("format", Help("format")) { plan };
        formatPlan.SetAction(r => Guard(r, env, verbose, () =>
        {
            var file = r.GetRequiredValue(plan);
            PlanJson.WriteFile(PlanJson.ReadFile(file.FullName), file.FullName);
            env.Out.WriteLine(env.Words.Format("tool.wrote.canonical", ("file", file.ToString())));
            return ExitCodes.Success;
        }));

        var draft = DraftCommand.Create(() => env, words, (r, command) => Guard(r, env, verbose, command));

        var root = new RootCommand(Help("root")) { validate, show, evaluate, schema, formatPlan, draft };
        root.Options.Add(verbose);
        root.Options.Add(lang);
        // The parser's own options, which its Chinese resources leave in English.
        foreach (var option in root.Options)
        {
            option.Description = option switch
            {
                System.CommandLine.Help.HelpOption => Help("help"),
                VersionOption => Help("version"),
                _ => option.Description,
            };
        }

        var parsed = root.Parse(args);
        if (chinese)
        {
            // The parser words its own errors (a missing argument, a required option) in the language of the
            // user interface: parsed again in Chinese, with the Chinese resources the tool ships.
            var interfaceCulture = CultureInfo.CurrentUICulture;
            try
            {
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-Hans");
                parsed = root.Parse(args);
            }
            finally
            {
                CultureInfo.CurrentUICulture = interfaceCulture;
            }
        }
        // Words the parser could not place as meant (an unknown command or option, an option taken as a value) come
        // first, with the nearest name; the parser's own line about the same word is then left out.
        env = env with { Words = words };
        var problems = UsageCheck.Find(parsed, words);
        var errors = problems.Exists(p => p.IsCommand)
            ? []
            : parsed.Errors.Where(e => !problems.Exists(p => e.Message.Contains(p.Token, StringComparison.Ordinal))).ToList();
        if (problems.Count > 0 || errors.Count > 0)
        {
            foreach (var problem in problems)
            {
                env.Error.WriteLine(words["tool.prefix.usage"] + problem.Message);
            }
            foreach (var error in errors)
            {
                env.Error.WriteLine(words["tool.prefix.usage"] + error.Message.ReplaceLineEndings(" ").Replace("\t", "", StringComparison.Ordinal));
            }
            env.Error.WriteLine(words["tool.usage.help"]);
            return ExitCodes.Usage;
        }
        try
        {
            // The help's own headings (Usage, Options) are the parser's, worded in the language of the user interface.
            var interfaceCulture = CultureInfo.CurrentUICulture;
            try
            {
                if (chinese)
                {
                    CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-Hans");
                }
                return parsed.Invoke(new InvocationConfiguration { Output = env.Out, Error = env.Error, EnableDefaultExceptionHandler = false });
            }
            finally
            {
                CultureInfo.CurrentUICulture = interfaceCulture;
            }
        }
        catch (StandardStreamException e)
        {
            // --help and --version write through the parser's own actions, outside every command's guard.
            env.Error.WriteLine($"devplan: error: {e.Message}");
            return ExitCodes.Unreadable;
        }
    }

    /// <summary>Runs a command and turns failures into one line on standard error and an exit code.</summary>
    private static int Guard(ParseResult result, CliEnvironment env, Option<bool> verbose, Func<int> command)
    {
        try
        {
            return command();
        }
        catch (CliFailure failure)
        {
            return failure.ExitCode;
        }
        catch (DevPlanFormatException e)
        {
            env.FailWith(env.Words.Describe(e));
            return ExitCodes.Unreadable;
        }
        catch (StandardStreamException e)
        {
            env.FailWith(e.Message);
            return ExitCodes.Unreadable;
        }
        catch (FileNotFoundException e) when (e.FileName is { } missing)
        {
            env.Fail("tool.error.notFound", ("file", Typed(missing)));
            return ExitCodes.Unreadable;
        }
        catch (DirectoryNotFoundException e) when (e.Message.Split('\'') is [_, var missing, _])
        {
            // The file's folder is what is missing (a report's temporary file is named after the report).
            env.Fail("tool.error.folderNotFound", ("folder", Typed(Path.GetDirectoryName(missing) is { Length: > 0 } folder ? folder : missing)));
            return ExitCodes.Unreadable;
        }
        catch (UnauthorizedAccessException e) when (e.Message.Split('\'') is [_, var denied, _])
        {
            env.Fail(Directory.Exists(denied) ? "tool.error.isFolder" : "tool.error.denied", ("file", Typed(denied)));
            return ExitCodes.Unreadable;
        }
        catch (UnauthorizedAccessException e)
        {
            env.Fail("tool.error.file", ("message", e.Message));
            return ExitCodes.Unreadable;
        }
        catch (IOException e)
        {
            // The system's own message (a missing folder, a full disk) is the only account of the problem there is.
            env.Fail("tool.error.file", ("message", e.Message));
            return ExitCodes.Unreadable;
        }
        catch (Exception e)
        {
            env.Error.WriteLine($"{env.Words["tool.prefix.internal"]}{e.GetType().Name}: {e.Message}");
            if (result.GetValue(verbose))
            {
                env.Error.WriteLine(e);
            }
            return ExitCodes.Internal;
        }
    }

    /// <summary>
    /// Whether the command line asks for Chinese, read from its words as typed: the language of the messages
    /// about a line the parser could not place (--lang taken as one more file after -i, --lang ZH) is still
    /// the one asked for.
    /// </summary>
    private static bool AsksForChinese(string[] args)
    {
        string? asked = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--lang" && i + 1 < args.Length)
            {
                asked = args[i + 1];
            }
            else if (args[i].StartsWith("--lang=", StringComparison.Ordinal) || args[i].StartsWith("--lang:", StringComparison.Ordinal))
            {
                asked = args[i][7..];
            }
        }
        return asked is not null && asked.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A path as the user would have typed it: relative to the working folder when it lies inside it.</summary>
    private static string Typed(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }

    private static int Validate(CliEnvironment env, ObservationInput input, FileInfo planFile, FileInfo? observationFile)
    {
        var loaded = PlanJson.ReadFileLenient(planFile.ToString());
        Report(env, planFile, loaded.Diagnostics);
        var errors = loaded.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        if (observationFile is not null)
        {
            // Every file, of any size, streams through the same checks: row by row, then across rows in bounded memory.
            var (fileErrors, fileWarnings) = Check(env, input, [observationFile], loaded.Plan, null, env.Out);
            env.Out.WriteLine(env.Words.Format("tool.summary", ("file", StandardInputFiles.DisplayName(observationFile)),
                ("errors", env.Words.Count("errors", fileErrors)), ("warnings", env.Words.Count("warnings", fileWarnings))));
            errors += fileErrors;
        }
        return errors > 0 ? ExitCodes.Invalid : ExitCodes.Success;
    }

    /// <summary>Whether two names reach the same file, through links and relative paths alike.</summary>
    private static bool SameFile(FileInfo a, FileInfo b)
    {
        static string Real(FileInfo file)
        {
            try
            {
                return file.Exists ? file.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? file.FullName : file.FullName;
            }
            catch (IOException)
            {
                return file.FullName;
            }
        }
        return string.Equals(Real(a), Real(b), OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }

    /// <summary>Lists a file's diagnostics, then a summary line under its name.</summary>
    private static void Report(CliEnvironment env, FileInfo file, IReadOnlyCollection<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            env.Out.WriteLine(env.Words.Describe(diagnostic));
        }
        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        env.Out.WriteLine(env.Words.Format("tool.summary", ("file", StandardInputFiles.DisplayName(file)), ("errors", env.Words.Count("errors", errors)), ("warnings", env.Words.Count("warnings", warnings))));
    }

    private static int Show(CliEnvironment env, FileInfo planFile, string language)
    {
        var plan = LoadPlan(env, planFile);
        PlanSummary.Render(plan, Catalogue.For(language), Terminal.Console(env.Out, env.OutIsTerminal));
        return ExitCodes.Success;
    }

    private static int Evaluate(CliEnvironment env, ObservationInput input, string[] planArguments, FileInfo[] observationFiles, string? asOfText, IReportFormat format, FileInfo? output, string language)
    {
        var asOf = env.Today();
        if (asOfText is null)
        {
            // The default is said aloud: a report read tomorrow should not pass for one as of tomorrow.
            env.Note("tool.note.asOfToday", ("date", env.Words.Format(asOf)));
        }
        else
        {
            var parsed = LocalDatePattern.Iso.Parse(asOfText);
            if (!parsed.Success)
            {
                env.Usage("tool.usage.asOf", ("text", asOfText));
                return ExitCodes.Usage;
            }
            asOf = parsed.Value;
        }
        if (output is not null && Directory.Exists(output.FullName))
        {
            env.Usage("tool.usage.outputDirectory", ("path", output.ToString()));
            return ExitCodes.Usage;
        }
        var planFiles = PlanFiles(env, planArguments);
        if (output is not null && planFiles.Concat(observationFiles).FirstOrDefault(f => SameFile(f, output)) is { } inputFile)
        {
            env.Usage("tool.usage.outputIsInput", ("path", StandardInputFiles.DisplayName(inputFile)));
            return ExitCodes.Usage;
        }
        if (planFiles.Count > 1 && format.Name is not ("table" or "markdown" or "json"))
        {
            env.Usage("tool.usage.formatOnePlan", ("format", format.Name));
            return ExitCodes.Usage;
        }
        // A multi-year plan first, then the annual plans in year order: one report across years.
        var loaded = planFiles.Select(f => (File: f, Plan: LoadPlan(env, f)))
            .OrderBy(p => p.Plan.Year).ThenByDescending(p => p.Plan.Horizon.YearCount).ToList();
        var reports = new List<EvaluationReport>();
        var declaredBySome = loaded.SelectMany(p => p.Plan.Indicators).Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        // The annual plans are evaluated first: a multi-year plan's target set each year in them is judged on their results.
        var evaluations = new PlanEvaluation[loaded.Count];
        var annual = new List<PlanEvaluation>();
        foreach (var index in Enumerable.Range(0, loaded.Count).OrderBy(i => loaded[i].Plan.Horizon.YearCount > 1 ? 1 : 0))
        {
            var (file, plan) = loaded[index];
            var withAnnual = plan.Horizon.YearCount > 1 ? annual : [];
            var evaluation = CheckAndEvaluate(env, input, plan, file, observationFiles, loaded.Count > 1 ? declaredBySome : null, asOf, withAnnual);
            if (evaluation is null)
            {
                return ExitCodes.Invalid;
            }
            // The streamed evaluation's working state (every candidate it weighed) is garbage now; collected before the
            // report is built, the report reuses its memory rather than adding to the peak (benchmarks/README.md).
            GC.Collect();
            ReportUnused(env, evaluation, loaded.Count > 1 ? plan.Id : null);
            evaluations[index] = evaluation;
            if (plan.Horizon.YearCount == 1)
            {
                annual.Add(evaluation);
            }
        }
        reports.AddRange(evaluations.Select(e => EvaluationReport.Build(e, Catalogue.For(language))));
        if (!format.IsText && reports.Count > 1)
        {
            env.Usage("tool.usage.formatOnePerFile", ("format", format.Name), ("count", reports.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return ExitCodes.Usage;
        }
        if (output is null && !format.IsText)
        {
            if (env.OutIsTerminal || env.OpenOutput is null)
            {
                env.Usage("tool.usage.binaryOnTerminal", ("format", format.Name), ("extension", format.FileExtension));
                return ExitCodes.Usage;
            }
            env.Out.Flush();
            using var bytes = env.OpenOutput();
            format.Write(reports[0], bytes);
            bytes.Flush();
        }
        else if (output is null)
        {
            // Written as it is formatted: a large report is never held whole as bytes or as text.
            using var stream = new TextWriterStream(env.Out);
            WriteReports(reports, format, stream);
            stream.Flush();
        }
        else
        {
            // A file gets the plain table even when standard output is a terminal.
            var plain = format is TableReportFormat ? new TableReportFormat(colour: false) : format;
            AtomicFile.Write(output.FullName, stream => WriteReports(reports, plain, stream));
            env.Error.WriteLine(env.Words.Format("tool.wrote", ("file", output.ToString())));
        }
        return ExitCodes.Success;
    }

    /// <summary>
    /// Streams the files twice: once through every check (each row, then across rows, in bounded memory),
    /// once through the evaluation; memory grows with the plan, not the files. Null when a figure is in error.
    /// </summary>
    private static PlanEvaluation? CheckAndEvaluate(CliEnvironment env, ObservationInput input, Plan plan, FileInfo planFile, FileInfo[] files, HashSet<string>? declaredBySome, LocalDate asOf,
        IReadOnlyList<PlanEvaluation> annual)
    {
        var (errors, _) = Check(env, input, files, plan, declaredBySome, env.Error);
        if (errors > 0)
        {
            NothingEvaluated(env, files, planFile, errors);
            return null;
        }
        if (files.Length == 1)
        {
            return Scan(env, input, files[0], plan.UnitSystem, "tool.progress.evaluating", reader =>
            {
                // The check wrote the file's notices as warnings: the evaluation reads past them.
                reader.AcknowledgeNotices();
                return Evaluate(plan, annual, reader, asOf);
            });
        }
        IEnumerable<Observation> All()
        {
            foreach (var file in files)
            {
                var format = input.Formats.GetForPath(file.Name);
                using var stream = file.OpenRead();
                using var reader = input.Open(format, stream, file, plan.UnitSystem);
                reader.AcknowledgeNotices();
                foreach (var observation in reader.ReadObservations())
                {
                    yield return observation;
                }
            }
        }
        return Evaluate(plan, annual, All(), asOf);
    }

    /// <summary>A plan's evaluation, with the annual plans evaluated before it when it spans years and any were given.</summary>
    private static PlanEvaluation Evaluate(Plan plan, IReadOnlyList<PlanEvaluation> annual, IEnumerable<Observation> observations, LocalDate asOf) =>
        annual.Count == 0 ? PlanEvaluator.Evaluate(plan, observations, asOf) : PlanEvaluator.EvaluateWithAnnualPlans(plan, annual, observations, asOf);

    private static void NothingEvaluated(CliEnvironment env, FileInfo[] files, FileInfo planFile, int errors) =>
        env.Fail(files.Length == 1 ? "tool.error.nothingEvaluated.one" : "tool.error.nothingEvaluated.other", ("files", string.Join(env.Words["grammar.seriesSeparator"], files.Select(StandardInputFiles.DisplayName))),
            ("count", errors.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("plan", planFile.Name));

    /// <summary>The plan files named: files as given, and the *.plan.json files of each folder in name order.</summary>
    private static List<FileInfo> PlanFiles(CliEnvironment env, string[] arguments)
    {
        var files = new List<FileInfo>();
        foreach (var argument in arguments)
        {
            if (Directory.Exists(argument))
            {
                var inFolder = Directory.GetFiles(argument, "*.plan.json").Order(StringComparer.Ordinal).Select(f => new FileInfo(f)).ToList();
                if (inFolder.Count == 0)
                {
                    env.Usage("tool.usage.emptyFolder", ("folder", argument));
                    throw new CliFailure(ExitCodes.Usage);
                }
                files.AddRange(inFolder);
            }
            else
            {
                files.Add(new FileInfo(argument));
            }
        }
        return files;
    }

    /// <summary>
    /// Writes one report as its format writes it; several as one document: a JSON array of the
    /// reports, or the reports one after another with a blank line between them.
    /// </summary>
    private static void WriteReports(List<EvaluationReport> reports, IReportFormat format, Stream destination)
    {
        if (reports.Count == 1)
        {
            format.Write(reports[0], destination);
            return;
        }
        var json = format.Name == "json";
        destination.Write(json ? "[\n"u8 : ""u8);
        for (var i = 0; i < reports.Count; i++)
        {
            if (i > 0)
            {
                destination.Write(json ? ",\n"u8 : "\n\n"u8);
            }
            using var trimmed = new TrimmedEndStream(destination);
            format.Write(reports[i], trimmed);
            trimmed.Flush();
        }
        destination.Write(json ? "\n]\n"u8 : "\n"u8);
    }

    /// <summary>Says on standard error which observations no target used, and why: no figure is dropped in silence.</summary>
    private static void ReportUnused(CliEnvironment env, PlanEvaluation evaluation, string? planId)
    {
        var unused = evaluation.Unused;
        if (unused.Total == 0)
        {
            return;
        }
        var parts = unused.Counts.OrderBy(c => c.Key).Select(c =>
        {
            var example = unused.Examples.First(e => e.Reason == c.Key);
            var reason = c.Key switch
            {
                UnusedReason.NoTarget => "tool.unused.noTarget",
                UnusedReason.OutsideTargetPeriods => "tool.unused.outsideTargetPeriods",
                UnusedReason.AfterAsOf => "tool.unused.afterAsOf",
                UnusedReason.Superseded => "tool.unused.superseded",
                UnusedReason.Revised => "tool.unused.revised",
                UnusedReason.NotYetReleased => "tool.unused.notYetReleased",
            };
            return env.Words.Format("tool.note.unusedPart", ("count", c.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("reason", env.Words[reason]),
                ("example", example.Zone is { } zone
                    ? env.Words.Format("tool.note.unusedExample.zone", ("indicator", example.Indicator), ("zone", zone), ("period", env.Words.Format(example.Period)))
                    : env.Words.Format("tool.note.unusedExample", ("indicator", example.Indicator), ("period", env.Words.Format(example.Period)))));
        });
        env.Note(unused.Total == 1 ? "tool.note.unused.one" : "tool.note.unused.other", ("count", unused.Total.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("by", planId is null ? "" : env.Words.Format("tool.note.unusedBy", ("plan", planId))), ("parts", string.Join(env.Words["tool.list.separator"], parts)));
    }

    /// <summary>
    /// The report format: the one named by --format, which must agree with the output file's extension when that
    /// extension is another format's; without --format, the one the extension names (the table for any other).
    /// Null, with a usage line written, when they disagree.
    /// </summary>
    private static IReportFormat? ReportFormat(CliEnvironment env, ReportFormats formats, string named, bool given, FileInfo? output)
    {
        var byExtension = output is null ? null : formats.FirstOrDefault(f => string.Equals(f.FileExtension, output.Extension, StringComparison.OrdinalIgnoreCase));
        if (!given)
        {
            return byExtension ?? formats.Get(named);
        }
        var format = formats.Get(named);
        if (byExtension is not null && byExtension != format)
        {
            env.Usage("tool.usage.formatAgainstExtension",
                ("format", format.Name), ("extension", format.FileExtension), ("file", output!.Name), ("other", byExtension.Name));
            return null;
        }
        return format;
    }

    private static ReportFormats Formats(CliEnvironment env) => ToolFormats.Reports(colour: env.OutIsTerminal);

    /// <summary>Loads a plan leniently; warnings go to standard error, errors stop the command with exit code 1.</summary>
    private static Plan LoadPlan(CliEnvironment env, FileInfo planFile)
    {
        var loaded = PlanJson.ReadFileLenient(planFile.ToString());
        foreach (var diagnostic in loaded.Diagnostics)
        {
            env.Error.WriteLine(env.Words.Describe(diagnostic));
        }
        if (loaded.HasErrors)
        {
            env.Fail("tool.error.invalidPlan", ("plan", planFile.Name));
            throw new CliFailure(ExitCodes.Invalid);
        }
        return loaded.Plan;
    }

    /// <summary>
    /// Streams an observation file through <paramref name="use"/>, in the format of its extension,
    /// with a progress bar on a terminal for a large file: nothing is held but what <paramref name="use"/> keeps.
    /// </summary>
    private static T Scan<T>(CliEnvironment env, ObservationInput input, FileInfo file, UnitSystem units, string progressKey, Func<ObservationReader, T> use)
    {
        if (input.Formats.FindForPath(file.Name) is not { } format)
        {
            env.Usage("tool.usage.observationExtension", ("extensions", string.Join(env.Words["tool.or"], input.Formats.FileExtensions)), ("file", file.Name));
            throw new CliFailure(ExitCodes.Usage);
        }
        using var stream = file.OpenRead();
        if (!env.ErrorIsTerminal || stream.Length < ProgressStream.Threshold)
        {
            using var reader = input.Open(format, stream, file, units);
            return use(reader);
        }
        T result = default!;
        Terminal.Console(env.Error, isTerminal: true).Progress().Start(context =>
        {
            var task = context.AddTask(Markup.Escape(env.Words.Format(progressKey, ("file", file.Name))), maxValue: stream.Length);
            using var progress = new ProgressStream(stream, read => task.Value = read);
            using var reader = input.Open(format, progress, file, units);
            result = use(reader);
        });
        return result;
    }

    /// <summary>
    /// Checks files against a plan, streaming: each row as it is read (bad rows, undeclared indicators
    /// and zones, units), then the checks across the rows of all of them (duplicates, growth against
    /// levels, zone totals), writing each diagnostic as it is found; figures of indicators another plan
    /// of the set declares are left to that plan. Returns the errors and warnings counted.
    /// </summary>
    private static (int Errors, int Warnings) Check(CliEnvironment env, ObservationInput input, FileInfo[] files, Plan plan, HashSet<string>? declaredBySome, TextWriter output)
    {
        var (errors, warnings) = (0, 0);
        void Write(Diagnostic diagnostic)
        {
            output.WriteLine(env.Words.Describe(diagnostic));
            _ = diagnostic.Severity == DiagnosticSeverity.Error ? errors++ : diagnostic.Severity == DiagnosticSeverity.Warning ? warnings++ : 0;
        }
        using var checker = new ObservationChecker(plan, declaredBySome);
        foreach (var file in files)
        {
            Scan(env, input, file, plan.UnitSystem, "tool.progress.checking", reader =>
            {
                checker.Check(reader, Write);
                return 0;
            });
        }
        checker.Complete(Write);
        return (errors, warnings);
    }
}

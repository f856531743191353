using System.Text;

namespace DevPlan.Cli.Tests;

/// <summary>
/// No input makes the tool fail as a bug (exit 70): the seed plan and the sample observations are
/// damaged at random (bytes flipped, spans cut or repeated, tokens and limits inserted, the file
/// truncated) and every command runs on them. Each outcome is a verdict (0), invalid data (1) or an
/// unreadable file (2), with the reason on standard error. The random source is seeded, so a failure
/// reproduces; the seed and the case number are in the message.
/// </summary>
public class MutatedInputTest
{
    private const int Cases = 400;

    private static readonly string[] Tokens =
    [
        "\"", ",", "\n", "\r", "{", "}", "[", "]", ":", "null", "true", "-", "9999", "0000", "9999-M12", "0001-YTD-M01",
        "1e400", "-1e-400", "79228162514264337593543950336", "NaN", "\\u0000", "\u00e9", "亿元", "10^99 CNY", "\"schemaVersion\": 2", "\"\": 1",
    ];

    public static TheoryData<string> Commands => ["validate", "show", "evaluate", "validate-observations", "evaluate-json"];

    [Theory]
    [MemberData(nameof(Commands))]
    public void DamagedInput_IsAVerdictOrAReportedError_NeverAnInternalError(string command)
    {
        var seed = 20240223 + command.Length;
        var random = new Random(seed);
        var plan = File.ReadAllBytes(Cli.Plan);
        var csv = File.ReadAllBytes(Cli.Observations);
        var json = Encoding.UTF8.GetBytes(JsonObservations());
        var directory = Directory.CreateTempSubdirectory("devplan-mutated-").FullName;
        var failures = new List<string>();
        var outcomes = new HashSet<int>();
        for (var i = 0; i < Cases; i++)
        {
            var planPath = Path.Combine(directory, "plan.json");
            var csvPath = Path.Combine(directory, "observations.csv");
            var jsonPath = Path.Combine(directory, "observations.json");
            var damagesPlan = command is "validate" or "show" || random.Next(4) == 0;
            File.WriteAllBytes(planPath, damagesPlan ? Mutate(plan, random) : plan);
            File.WriteAllBytes(csvPath, command is "evaluate" or "validate-observations" ? Mutate(csv, random) : csv);
            File.WriteAllBytes(jsonPath, command is "evaluate-json" ? Mutate(json, random) : json);
            string[] args = command switch
            {
                "validate" => ["validate", planPath],
                "show" => ["show", planPath, "--lang", random.Next(2) == 0 ? "zh" : "en"],
                "evaluate" => ["evaluate", planPath, "--observations", csvPath, "--as-of", "2025-02-28", "--format", Formats[random.Next(Formats.Length)]],
                "validate-observations" => ["validate", planPath, "--observations", csvPath],
                "evaluate-json" => ["evaluate", planPath, "--observations", jsonPath, "--as-of", "2025-02-28", "--format", Formats[random.Next(Formats.Length)], "--lang", "zh"],
                _ => throw new ArgumentOutOfRangeException(nameof(command)),
            };

            var (code, _, error) = Cli.Run(args);
            outcomes.Add(code);

            if (code is not (ExitCodes.Success or ExitCodes.Invalid or ExitCodes.Unreadable) || error.Contains("internal error", StringComparison.Ordinal))
            {
                failures.Add($"seed {seed}, case {i}: exit {code}: {error.Split('\n').FirstOrDefault(l => l.Contains("error", StringComparison.Ordinal))}");
            }
        }

        failures.Should().BeEmpty();
        outcomes.Should().Contain(ExitCodes.Success, "some damage leaves a readable file, so the commands themselves run on damaged data")
            .And.Contain(command is "validate" or "show" or "evaluate-json" ? ExitCodes.Unreadable : ExitCodes.Invalid, "some damage is caught and reported");
    }

    private static readonly string[] Formats = ["table", "json", "csv", "markdown", "html"];

    private static byte[] Mutate(byte[] original, Random random)
    {
        var bytes = new List<byte>(original);
        var damages = 1 + random.Next(3);
        for (var d = 0; d < damages && bytes.Count > 0; d++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(40)));
                    break;
                case 2:
                    var length = Math.Min(bytes.Count - at, 1 + random.Next(200));
                    bytes.InsertRange(at, bytes.GetRange(at, length));
                    break;
                case 3:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Tokens[random.Next(Tokens.Length)]));
                    break;
                case 4:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                default:
                    // Replace a number with an extreme one.
                    var digit = bytes.FindIndex(at, b => b is >= (byte)'0' and <= (byte)'9');
                    if (digit >= 0)
                    {
                        bytes.InsertRange(digit, Encoding.UTF8.GetBytes(random.Next(2) == 0 ? "99999999999999999999" : "0.000000000000000000000000001"));
                    }
                    break;
            }
        }
        return [.. bytes];
    }

    private static string JsonObservations()
    {
        // An observation document in the library's own form, from the sample CSV.
        var observations = DevPlan.Core.Serialization.ObservationCsv.Read(File.OpenRead(Cli.Observations)).ToList();
        return Encoding.UTF8.GetString(DevPlan.Core.Serialization.ObservationJson.ToUtf8Bytes(observations));
    }
}

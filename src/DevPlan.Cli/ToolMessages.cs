using System.Globalization;
using DevPlan.Core.Reporting;

namespace DevPlan.Cli;

/// <summary>
/// The tool's own lines on standard error and output, in the language <c>--lang</c> asks for: every
/// word comes from the catalogue (<c>tool.*</c> keys), and the line's prefix says what it is (a usage
/// problem, an error, a note).
/// </summary>
internal static class ToolMessages
{
    /// <summary>Writes a usage problem: the command line is wrong, nothing was done.</summary>
    public static void Usage(this CliEnvironment env, string key, params ReadOnlySpan<(string Name, string Value)> values) =>
        env.Error.WriteLine(env.Words["tool.prefix.usage"] + env.Words.Format(key, values));

    /// <summary>Writes an error the command stops on.</summary>
    public static void Fail(this CliEnvironment env, string key, params ReadOnlySpan<(string Name, string Value)> values) =>
        env.Error.WriteLine(env.Words["tool.prefix.error"] + env.Words.Format(key, values));

    /// <summary>Writes an error whose words come from the library (a file's problem, already worded).</summary>
    public static void FailWith(this CliEnvironment env, string message) => env.Error.WriteLine(env.Words["tool.prefix.error"] + message);

    /// <summary>Writes a note: something the user should know, which does not stop the command.</summary>
    public static void Note(this CliEnvironment env, string key, params ReadOnlySpan<(string Name, string Value)> values) =>
        env.Error.WriteLine(env.Words["tool.prefix.note"] + env.Words.Format(key, values));

    /// <summary>A count of errors or warnings in words: "1 error", "3 warnings", "3个警告".</summary>
    public static string Count(this Catalogue words, string noun, int count) =>
        words.Format($"tool.{noun}.{(count == 1 ? "one" : "other")}", ("count", count.ToString(CultureInfo.InvariantCulture)));
}

using System.CommandLine;
using System.CommandLine.Parsing;
using DevPlan.Core.Reporting;

namespace DevPlan.Cli;

/// <summary>
/// Finds the words of a command line the parser could not place as the user meant them: a command
/// it does not know (<c>evalute</c>), an option it does not know (<c>--ouput</c>), and an option
/// the parser took as a value because it came after an option of several values or where a file
/// name stands (<c>-i a.csv --as-at 2024-06-30</c>). Each is a usage problem with the nearest known
/// name as a suggestion; none is ever taken for a file name.
/// </summary>
internal static class UsageCheck
{
    /// <summary>A usage problem: its message, the word it is about, and whether that word stood where a command does.</summary>
    /// <remarks>An unknown command explains every other error of its line (no command, so no arguments).</remarks>
    public readonly record struct Problem(string Message, string Token, bool IsCommand = false);

    /// <summary>The problems of a parsed command line, in the order of its words.</summary>
    public static List<Problem> Find(ParseResult parsed, Catalogue catalogue)
    {
        var problems = new List<Problem>();
        var command = parsed.CommandResult.Command;
        var optionNames = OptionNames(parsed.CommandResult);
        foreach (var token in parsed.Tokens)
        {
            if (token.Type == TokenType.Argument && LooksLikeOption(token.Value))
            {
                problems.Add(new(Unknown(catalogue, "tool.usage.unknownOption", token.Value, optionNames), token.Value));
            }
        }
        foreach (var token in parsed.UnmatchedTokens)
        {
            if (problems.Exists(p => p.Token == token))
            {
                continue;
            }
            if (LooksLikeOption(token))
            {
                problems.Add(new(Unknown(catalogue, "tool.usage.unknownOption", token, optionNames), token));
            }
            else if (command is RootCommand)
            {
                problems.Add(new(Unknown(catalogue, "tool.usage.unknownCommand", token, command.Subcommands.Select(c => c.Name)), token, IsCommand: true));
            }
            else
            {
                problems.Add(new(catalogue.Format("tool.usage.unexpected", ("word", token)), token));
            }
        }
        if (problems.Exists(p => p.IsCommand) || command is RootCommand || parsed.Errors.Count == 0)
        {
            // Help and version stand in for the command: nothing it needs is missing then.
            return problems;
        }
        // What the command needs and was not given, in the tool's words (the parser's own lines about them are then left out).
        foreach (var argument in command.Arguments.Where(a => a.Arity.MinimumNumberOfValues > 0))
        {
            if (parsed.GetResult(argument) is not { Tokens.Count: > 0 })
            {
                problems.Add(new(catalogue.Format("tool.usage.argumentRequired", ("command", command.Name), ("argument", argument.Name)), command.Name));
            }
        }
        foreach (var option in command.Options.Where(o => o.Required))
        {
            if (parsed.GetResult(option) is not { IdentifierToken: not null })
            {
                problems.Add(new(catalogue.Format("tool.usage.optionRequired", ("command", command.Name), ("option", option.Name)), option.Name));
            }
        }
        return problems;
    }

    /// <summary>Whether a word is written as an option is: a dash or two and a letter (<c>-</c> alone is standard input).</summary>
    public static bool LooksLikeOption(string token) =>
        token.Length > 1 && token[0] == '-' && (char.IsAsciiLetter(token[1]) || (token[1] == '-' && token.Length > 2 && char.IsAsciiLetter(token[2])));

    /// <summary>The nearest of <paramref name="known"/> to <paramref name="word"/>, or null when none is near.</summary>
    /// <remarks>
    /// Near means a name the word begins (<c>--obs</c> for <c>--observations</c>), or within two edits
    /// (one for names of up to four letters), counting a swap of two neighbours as one edit (the
    /// optimal string alignment distance); the nearest wins, then the first in the order given.
    /// </remarks>
    public static string? Nearest(string word, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var name in known)
        {
            var distance = name.StartsWith(word, StringComparison.Ordinal) && word.TrimStart('-').Length >= 2 ? 1 : Distance(word, name);
            var allowed = name.TrimStart('-').Length <= 4 ? 1 : 2;
            if (distance <= allowed && distance < bestDistance)
            {
                best = name;
                bestDistance = distance;
            }
        }
        return best;
    }

    /// <summary>The optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }
        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }

    private static string Unknown(Catalogue catalogue, string key, string word, IEnumerable<string> known)
    {
        if (key == "tool.usage.unknownOption" && known.Contains(word, StringComparer.Ordinal))
        {
            // A known option the parser took as a value: it came where a value was due (a file name after -i).
            return catalogue.Format("tool.usage.optionAsValue", ("word", word));
        }
        return Nearest(word, known) is { } suggestion
            ? catalogue.Format(key + ".suggest", ("word", word), ("suggestion", suggestion))
            : catalogue.Format(key, ("word", word));
    }

    /// <summary>The names and aliases of the options that apply to a command: its own, and its ancestors' recursive ones.</summary>
    private static List<string> OptionNames(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? current = result; current is not null; current = current.Parent)
        {
            if (current is not CommandResult { Command: var command })
            {
                continue;
            }
            foreach (var option in command.Options.Where(o => current == result || o.Recursive))
            {
                names.Add(option.Name);
                names.AddRange(option.Aliases);
            }
        }
        return names;
    }
}

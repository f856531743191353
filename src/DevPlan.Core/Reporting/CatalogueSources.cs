using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace DevPlan.Core.Reporting;

/// <summary>
/// The words each package brings: a package (or the tool) embeds its own texts and wordings as
/// <c>&lt;assembly&gt;.Catalogue.messages.&lt;language&gt;.txt</c> and <c>&lt;assembly&gt;.Catalogue.diagnostics.&lt;language&gt;.txt</c>,
/// and the catalogue of that language finds them once the package is loaded: DevPlan.Core holds the
/// words of the library, DevPlan.Core.Spreadsheets its sheet names, the tool its own lines.
/// </summary>
internal static class CatalogueSources
{
    private const string Marker = ".Catalogue.";

    private static readonly object Gate = new();
    private static volatile bool _dirty = true;
    private static FrozenDictionary<string, FrozenDictionary<string, string>> _files = FrozenDictionary<string, FrozenDictionary<string, string>>.Empty;

    static CatalogueSources() => AppDomain.CurrentDomain.AssemblyLoad += (_, _) => _dirty = true;

    /// <summary>The text of a key in a file of the packages loaded (other than DevPlan.Core's own), if one has it.</summary>
    /// <param name="file">The file: <c>messages.zh-CN.txt</c>, <c>diagnostics.zh-CN.txt</c>.</param>
    /// <param name="key">The key, or a message's template.</param>
    /// <param name="text">The text.</param>
    public static bool TryGet(string file, string key, out string text)
    {
        if (Files.TryGetValue(file, out var texts) && texts.TryGetValue(key, out text!))
        {
            return true;
        }
        text = "";
        return false;
    }

    /// <summary>The keys of a file across the packages loaded (other than DevPlan.Core's own).</summary>
    public static IEnumerable<string> Keys(string file) => Files.TryGetValue(file, out var texts) ? texts.Keys : [];

    /// <summary>The packages' files, read again when an assembly was loaded since they were last read.</summary>
    private static FrozenDictionary<string, FrozenDictionary<string, string>> Files
    {
        get
        {
            if (!_dirty)
            {
                return _files;
            }
            lock (Gate)
            {
                if (_dirty)
                {
                    _dirty = false;
                    _files = Scan();
                }
                return _files;
            }
        }
    }

    private static FrozenDictionary<string, FrozenDictionary<string, string>> Scan() => Scan(AppDomain.CurrentDomain.GetAssemblies());

    /// <summary>The catalogue files the given assemblies embed (DevPlan.Core's own and dynamic ones aside), by file name.</summary>
    internal static FrozenDictionary<string, FrozenDictionary<string, string>> Scan(IEnumerable<Assembly> assemblies)
    {
        var files = new Dictionary<string, Dictionary<string, (string Text, string Source)>>(StringComparer.Ordinal);
        var library = typeof(CatalogueSources).Assembly;
        foreach (var assembly in assemblies)
        {
            if (assembly.IsDynamic || assembly == library)
            {
                continue;
            }
            foreach (var name in assembly.GetManifestResourceNames())
            {
                var at = name.IndexOf(Marker, StringComparison.Ordinal);
                if (at < 0 || !name.EndsWith(".txt", StringComparison.Ordinal))
                {
                    continue;
                }
                var file = name[(at + Marker.Length)..];
                using var stream = assembly.GetManifestResourceStream(name)!;
                var texts = file.StartsWith("diagnostics.", StringComparison.Ordinal) ? ReadWordings(stream, name) : ReadTexts(stream, name);
                var merged = files.TryGetValue(file, out var found) ? found : files[file] = new(StringComparer.Ordinal);
                foreach (var (key, text) in texts)
                {
                    if (!merged.TryAdd(key, (text, name)))
                    {
                        throw new InvalidOperationException($"The catalogue key \"{key}\" is in both {merged[key].Source} and {name}; each package brings its own keys.");
                    }
                }
            }
        }
        return files.ToFrozenDictionary(f => f.Key, f => f.Value.ToFrozenDictionary(t => t.Key, t => t.Value.Text, StringComparer.Ordinal), StringComparer.Ordinal);
    }

    /// <summary>
    /// Reads a file of texts: <c>key = text</c> a line; blank lines and lines starting with <c>#</c> are comments;
    /// a text in quotes keeps the spaces at its ends.
    /// </summary>
    public static Dictionary<string, string> ReadTexts(Stream stream, string name)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var equals = line.IndexOf(" = ", StringComparison.Ordinal);
            var key = equals < 0 ? line.TrimEnd().TrimEnd('=').TrimEnd() : line[..equals];
            var text = equals < 0 ? "" : line[(equals + 3)..];
            if (text.Length >= 2 && text[0] == '"' && text[^1] == '"')
            {
                // A quoted text keeps spaces at its ends, which editors would trim: ", ".
                text = text[1..^1];
            }
            if (key.Length == 0 || !texts.TryAdd(key, text))
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The catalogue {name} has a bad or repeated key at line {number}."));
            }
        }
        return texts;
    }

    /// <summary>
    /// Reads a file of wordings: an English template on one line, its wording on the next after <c>= </c>;
    /// blank lines and lines starting with <c>#</c> between the pairs are comments.
    /// </summary>
    public static Dictionary<string, string> ReadWordings(Stream stream, string name)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var number = 0;
        string? template = null;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            if (template is null)
            {
                template = line;
            }
            else if (line.StartsWith("= ", StringComparison.Ordinal) && texts.TryAdd(template, line[2..]))
            {
                template = null;
            }
            else
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The catalogue {name} has a repeated template or a line without \"= \" at line {number}."));
            }
        }
        if (template is not null)
        {
            throw new InvalidOperationException($"The catalogue {name} ends with a template without its wording.");
        }
        return texts;
    }

    /// <summary>Reads a file DevPlan.Core embeds.</summary>
    public static Dictionary<string, string> ReadOwn(string file)
    {
        var name = "DevPlan.Core.Reporting.Catalogue." + file;
        using var stream = typeof(CatalogueSources).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded catalogue {name} is missing from {typeof(CatalogueSources).Assembly.GetName().Name}.");
        return file.StartsWith("diagnostics.", StringComparison.Ordinal) ? ReadWordings(stream, name) : ReadTexts(stream, name);
    }
}

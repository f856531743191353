using System.Collections.Immutable;
using System.Text.Json;
using DevPlan.Core.Text;
using DevPlan.Core.Units;

namespace DevPlan.Core;

/// <summary>
/// Reads the standard catalogue from the embedded <c>Catalogue/indicators.json</c>: a table of
/// sources by key, and the indicators, each naming its sources by key. The file ships with the
/// library, so a defect in it is a defect of the build: it throws <see cref="InvalidOperationException"/>
/// naming the entry, and a test reads it.
/// </summary>
internal static class IndicatorCatalogueData
{
    internal const string ResourceName = "DevPlan.Core.Catalogue.indicators.json";

    public static IndicatorCatalogue Load()
    {
        using var stream = typeof(IndicatorCatalogueData).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded indicator catalogue {ResourceName} is missing.");
        using var document = JsonDocument.Parse(stream);
        return Read(document.RootElement);
    }

    internal static IndicatorCatalogue Read(JsonElement root)
    {
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in root.GetProperty("sources").EnumerateObject())
        {
            sources.Add(source.Name, source.Value.GetString()!);
        }
        var entries = ImmutableArray.CreateBuilder<CatalogueEntry>();
        foreach (var item in root.GetProperty("indicators").EnumerateArray())
        {
            var code = item.GetProperty("code").GetString()!;
            try
            {
                entries.Add(ReadEntry(item, sources));
            }
            catch (Exception e) when (e is ArgumentException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new InvalidOperationException($"The indicator catalogue's entry \"{code}\" is malformed: {e.Message}", e);
            }
        }
        return new IndicatorCatalogue(entries.ToImmutable());
    }

    private static CatalogueEntry ReadEntry(JsonElement item, Dictionary<string, string> sources)
    {
        var indicator = new Indicator(
            item.GetProperty("code").GetString()!,
            Text(item.GetProperty("name")),
            Unit.Parse(item.GetProperty("unit").GetString()!),
            Enum<IndicatorDirection>(item, "direction"),
            Enum<GrowthBasis>(item, "growthBasis"),
            Enum<Accumulation>(item, "accumulation"))
        {
            Change = item.TryGetProperty("change", out _) ? Enum<ChangeVerb>(item, "change") : ChangeVerb.Grow,
            Scope = item.TryGetProperty("scope", out var scope) ? Text(scope) : null,
        };
        return new CatalogueEntry(indicator, Strings(item.GetProperty("synonyms")), Enum<TargetNature>(item, "nature"), Text(item.GetProperty("definition")),
            [.. item.GetProperty("sources").EnumerateArray().Select(s => sources[s.GetString()!])])
        {
            UnitWords = item.TryGetProperty("unitWords", out var words) ? Strings(words) : [],
        };
    }

    private static LocalizedText Text(JsonElement text) => new(text.GetProperty(LocalizedText.Chinese).GetString()!, text.GetProperty(LocalizedText.English).GetString()!);

    private static ImmutableArray<string> Strings(JsonElement array) => [.. array.EnumerateArray().Select(s => s.GetString()!)];

    /// <summary>A camelCase enum member (higherIsBetter), as the plan documents write it.</summary>
    private static TEnum Enum<TEnum>(JsonElement item, string member)
        where TEnum : struct, Enum
    {
        var text = item.GetProperty(member).GetString()!;
        foreach (var value in System.Enum.GetValues<TEnum>())
        {
            var name = value.ToString();
            if (string.Equals(char.ToLowerInvariant(name[0]) + name[1..], text, StringComparison.Ordinal))
            {
                return value;
            }
        }
        throw new FormatException($"Expected a {typeof(TEnum).Name} for \"{member}\", but found \"{text}\".");
    }
}

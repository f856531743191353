using DevPlan.Core.Diagnostics;

namespace DevPlan.Core.Validation;

/// <summary>
/// The plan's indicators against the standard catalogue: a referenced code the catalogue knows
/// (DP1702), referenced once and not declared as well (DP1001), and a declared indicator that agrees
/// with the catalogue's entry of the same code or Chinese name in direction, growth basis,
/// accumulation, change verb and unit dimension (DP1701).
/// </summary>
internal static class CatalogueChecks
{
    public static void Check(Plan plan, Action<DiagnosticRule, string, DiagnosticMessage, DiagnosticMessage?> report)
    {
        var catalogue = IndicatorCatalogue.Standard;
        var declaredAt = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < plan.DeclaredIndicators.Length; i++)
        {
            declaredAt.TryAdd(plan.DeclaredIndicators[i].Code, i);
            if (Contradictions(plan.DeclaredIndicators[i], catalogue) is { } found)
            {
                report(DiagnosticRule.IndicatorContradictsCatalogue, $"$.indicators[{i}].{found.Member}", found.Message,
                    $"use the catalogue's indicator (\"standardIndicators\": [\"{found.Entry.Code}\"]), or give this one another code if it is another indicator");
            }
        }
        var referencedAt = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < plan.StandardIndicators.Length; i++)
        {
            var code = plan.StandardIndicators[i];
            var path = $"$.standardIndicators[{i}]";
            if (catalogue.Find(code) is null)
            {
                report(DiagnosticRule.StandardIndicatorUnknown, path, $"Expected the code of an indicator of the standard catalogue, but found \"{code}\".", Nearest(code, catalogue));
            }
            if (declaredAt.TryGetValue(code, out var declared))
            {
                report(DiagnosticRule.DuplicateIndicator, path, $"Expected a unique indicator code, but \"{code}\" is also declared at $.indicators[{declared}].", null);
            }
            else if (!referencedAt.TryAdd(code, i))
            {
                report(DiagnosticRule.DuplicateIndicator, path, $"Expected a unique indicator code, but \"{code}\" is also at $.standardIndicators[{referencedAt[code]}].", null);
            }
        }
    }

    /// <summary>How a declared indicator differs from its catalogue entry (by code, else by its Chinese name), or null when it agrees or has none.</summary>
    private static (CatalogueEntry Entry, string Member, DiagnosticMessage Message)? Contradictions(Indicator declared, IndicatorCatalogue catalogue)
    {
        if ((catalogue.Find(declared.Code) ?? catalogue.FindByName(declared.Name.ZhCN)) is not { } entry)
        {
            return null;
        }
        var standard = entry.Indicator;
        var differences = new List<(string Member, DiagnosticMessage Text)>();
        if (declared.Direction != standard.Direction)
        {
            differences.Add(("direction", $"its direction is {Camel(declared.Direction)} where the catalogue has {Camel(standard.Direction)}"));
        }
        if (declared.GrowthBasis != standard.GrowthBasis)
        {
            differences.Add(("growthBasis", $"its growth basis is {Camel(declared.GrowthBasis)} where the catalogue has {Camel(standard.GrowthBasis)}"));
        }
        if (declared.Accumulation != standard.Accumulation)
        {
            differences.Add(("accumulation", $"it accumulates as a {Camel(declared.Accumulation)} where the catalogue has a {Camel(standard.Accumulation)}"));
        }
        if (declared.Change != standard.Change)
        {
            differences.Add(("change", $"its change verb is {Camel(declared.Change)} where the catalogue has {Camel(standard.Change)}"));
        }
        if (!declared.Unit.IsCompatibleWith(standard.Unit))
        {
            differences.Add(("unit", $"its unit {declared.Unit} is not in the dimension of the catalogue's {standard.Unit}"));
        }
        if (differences.Count == 0)
        {
            return null;
        }
        var how = declared.Code == entry.Code ? (DiagnosticMessage)"of the same code" : $"\"{entry.Code}\", named {declared.Name.ZhCN}";
        return (entry, differences[0].Member,
            $"Expected \"{declared.Code}\" to agree with the standard catalogue's indicator {how} ({standard.Name.ZhCN}), but {new DiagnosticList([.. differences.Select(d => d.Text)])}.");
    }

    private static string Camel<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>The catalogue's codes that share the code's first letters, as a hint.</summary>
    private static DiagnosticMessage Nearest(string code, IndicatorCatalogue catalogue)
    {
        var prefix = code.Length < 3 ? code : code[..3];
        var near = catalogue.Entries.Select(e => e.Code).Where(c => c.StartsWith(prefix, StringComparison.Ordinal)).Take(8).ToList();
        if (near.Count == 0)
        {
            return "the codes are listed in docs/methods.md, \"The standard indicator catalogue\"";
        }
        return $"did you mean: {string.Join(", ", near)}";
    }
}

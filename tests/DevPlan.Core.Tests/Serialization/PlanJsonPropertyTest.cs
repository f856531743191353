using DevPlan.Core.Diagnostics;
using System.Text;
using DevPlan.Core.Serialization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DevPlan.Core.Tests.Serialization;

public class PlanJsonPropertyTest
{
    [Property(MaxTest = 200)]
    public Property GeneratedPlans_RoundTripByteForByteAndMemberByMember() =>
        Prop.ForAll(PlanGenerators.PlanGen.ToArbitrary(), plan =>
        {
            var bytes = PlanJson.ToUtf8Bytes(plan);
            var loaded = PlanJson.Parse(bytes);

            PlanJson.ToUtf8Bytes(loaded).Should().Equal(bytes);
            loaded.Should().BeEquivalentTo(plan, o => o);
            loaded.Targets.Select(t => t.Figure?.Value.Scale).Should().Equal(plan.Targets.Select(t => t.Figure?.Value.Scale), "decimals keep their scale");
            UnknownMembers.Of(loaded).Select(m => m.Key).Should().Equal(UnknownMembers.Of(plan).Select(m => m.Key));
        });

    /// <summary>How a valid document is damaged: each case keeps the damage small, so most of the document stays valid.</summary>
    private static Gen<byte[]> Mutations(byte[] seed)
    {
        var wrongType = from occurrence in Gen.Choose(0, 200)
                        from replacement in Gen.Elements("null", "[]", "{}", "\"7\"", "-1", "1.5e3", "true", "\"\"", "123456789012345678901234567890")
                        select ReplaceValue(seed, occurrence, replacement);
        var deepNesting = from p in ByteMutations.Positions(seed) from depth in Gen.Choose(60, 20_000)
                          select ByteMutations.Splice(seed, p, 0, Encoding.UTF8.GetBytes(new string('[', depth) + new string(']', depth)));
        return ByteMutations.Of(seed, ["\"", ",", "{", "]", "null", "1e400", "NaN", "-", "\"x\": 1,", "\u00ff", "\\u0000", "[[[[[[[[", "true", "\"\uD800\""], wrongType, deepNesting);
    }

    [Property(MaxTest = 500)]
    public Property MutatedSeed_EitherLoadsOrThrowsTheFormatExceptionWithALocation()
    {
        var seed = SeedFiles.JinanPlanBytes();
        return Prop.ForAll(Mutations(seed).ToArbitrary(), bytes =>
        {
            Plan? plan = null;
            var exception = Record.Exception(() => plan = PlanJson.Parse(bytes));

            if (plan is not null)
            {
                var saved = PlanJson.ToUtf8Bytes(plan);
                PlanJson.ToUtf8Bytes(PlanJson.Parse(saved)).Should().Equal(saved, "whatever loads can be saved and loaded again unchanged");
            }
            if (exception is not null)
            {
                exception.Should().BeOfType<DevPlanFormatException>(exception.ToString());
                var error = (DevPlanFormatException)exception;
                error.Reason.Should().NotBeNullOrWhiteSpace();
                (error.LineNumber is not null || error.Path is not null).Should().BeTrue("every content error is located: {0}", error.Message);
            }
        });
    }

    /// <summary>Replaces the value after the n-th member name (wrapping around) with <paramref name="replacement"/>.</summary>
    private static byte[] ReplaceValue(byte[] seed, int occurrence, string replacement)
    {
        var text = Encoding.UTF8.GetString(seed);
        var colons = new List<int>();
        for (var i = text.IndexOf("\": ", StringComparison.Ordinal); i >= 0; i = text.IndexOf("\": ", i + 1, StringComparison.Ordinal))
        {
            colons.Add(i + 3);
        }
        var start = colons[occurrence % colons.Count];
        var end = start;
        if (text[start] is '{' or '[')
        {
            var depth = 0;
            do
            {
                depth += text[end] is '{' or '[' ? 1 : text[end] is '}' or ']' ? -1 : 0;
                end++;
            }
            while (depth > 0);
        }
        else
        {
            end = text.IndexOfAny([',', '\n'], start);
        }
        return Encoding.UTF8.GetBytes(string.Concat(text.AsSpan(0, start), replacement, text.AsSpan(end)));
    }
}

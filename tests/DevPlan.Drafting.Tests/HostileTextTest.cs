using System.Diagnostics;
using System.Text;
using DevPlan.Core.Diagnostics;
using DevPlan.Core.Drafting;
using Xunit.Abstractions;

namespace DevPlan.Drafting.Tests;

/// <summary>
/// Hostile text: a clear error or a finding, never a crash, in bounded time and memory. The bounds are
/// a guard against a hang (60 s, far past any honest draft on a loaded machine; time is otherwise not asserted) and 256 MB allocated; each test prints what it measured.
/// </summary>
public class HostileTextTest(ITestOutputHelper output)
{
    private PlanDraft Measured(string name, Func<PlanDraft> draft)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var result = draft();
        clock.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        output.WriteLine($"{name}: {clock.ElapsedMilliseconds} ms, {allocated / (1024 * 1024)} MB allocated, {result.Targets.Length} targets, {result.Findings.Length} findings");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60), "a guard against a hang, not a timing");
        allocated.Should().BeLessThan(256L * 1024 * 1024);
        return result;
    }

    [Fact]
    public void AMegabyteLineOfOneClause_IsAFindingThatItIsTooLong()
    {
        var line = "地区生产总值" + new string('增', 1024 * 1024);

        var draft = Measured("one clause of 1 MiB", () => Draw.Draft(line));

        var finding = draft.Findings.Should().ContainSingle().Subject;
        finding.Kind.Should().Be(DraftFindingKind.ClauseTooLong);
        finding.Message.Should().Contain("DraftOptions.MaxClauseLength").And.Contain((line.Length).ToString(System.Globalization.CultureInfo.InvariantCulture));
        finding.Source.Text.Should().HaveLength(40, "the finding quotes the clause's beginning");
    }

    [Fact]
    public void AMegabyteLineOfTargets_IsReadWhole_UpToTheLimitOfElements()
    {
        var line = string.Concat(Enumerable.Repeat("地区生产总值增长7%,", 1024 * 1024 / 12));

        var draft = Measured("1 MiB of targets", () => Draw.Draft(line));

        draft.Targets.Should().HaveCount(10000);
        draft.Findings.Should().ContainSingle().Which.Message.Should().Contain("DraftOptions.MaxElements");
    }

    [Fact]
    public void AMegabyteLineOfGarbage_StopsAtTheLimitOfFindings()
    {
        var line = string.Concat(Enumerable.Repeat("x,", 512 * 1024));

        var draft = Measured("1 MiB of unknown clauses", () => Draw.Draft(line));

        draft.Findings.Should().HaveCount(1001);
        draft.Findings[^1].Kind.Should().Be(DraftFindingKind.LimitReached);
        draft.Findings[^1].Message.Should().Contain("DraftOptions.MaxFindings");
    }

    [Fact]
    public void AMegabyteOfSeparators_IsNothing() =>
        Measured("1 MiB of separators", () => Draw.Draft(new string('，', 1024 * 1024))).Findings.Should().BeEmpty();

    [Fact]
    public void AMegabyteOfOpeningBrackets_IsOneMalformedClause() =>
        Measured("1 MiB of brackets", () => Draw.Draft(new string('(', 1024 * 1024))).Findings.Should().ContainSingle().Which.Kind.Should().Be(DraftFindingKind.ClauseTooLong);

    [Fact]
    public void ControlCharactersEverywhere_AreIgnored_WithOneFinding()
    {
        var text = string.Concat("地区生产总值增长7%".Select(c => $"{c}\u0001\u001b"));

        var draft = Measured("control characters", () => Draw.Draft(text));

        draft.Targets.Should().ContainSingle();
        draft.Findings.Should().ContainSingle().Which.Kind.Should().Be(DraftFindingKind.IgnoredCharacters);
    }

    [Theory]
    [InlineData("地区生产总值增长1e400%")]
    [InlineData("地区生产总值增长1E400%")]
    [InlineData("地区生产总值增长0x1F%")]
    [InlineData("地区生产总值增长7%%")]
    [InlineData("地区生产总值增长7.5.5%")]
    [InlineData("地区生产总值增长NaN%")]
    [InlineData("地区生产总值增长∞%")]
    [InlineData("地区生产总值增长七%")]
    [InlineData("地区生产总值增长7%Économie")]
    [InlineData("地区生产总值增长7%지역")]
    [InlineData("地区生产总值增长7%🙂")]
    [InlineData("地区生产总值增长\uD800%")]
    [InlineData("地區生產總值增長7%")]
    public void NumbersAndScriptsTheGrammarDoesNotRead_AreFindings(string clause)
    {
        var draft = Measured(clause, () => Draw.Draft(clause));

        draft.Targets.Should().BeEmpty();
        draft.Findings.Should().ContainSingle().Which.Source.Text.Should().Be(clause);
    }

    [Theory]
    [InlineData("地区生产总值增长99999999999999999999999999999%")]
    [InlineData("地区生产总值增长１２３４５６７８９０１２３４５６７８９０１２３４５６７８９０%")]
    [InlineData("地区生产总值增长0.00000000000000000000000000001%")]
    [InlineData("地区生产总值增长1234567890123456789012345678901234567890123456789012345678901234567890%")]
    public void ANumberBeyondDecimal_IsAFigureNotKept(string clause)
    {
        var draft = Draw.Draft(clause);

        draft.Targets.Should().BeEmpty();
        var finding = draft.Findings.Should().ContainSingle().Subject;
        finding.Kind.Should().Be(DraftFindingKind.FigureNotKept);
        finding.Message.Should().Contain("decimal holds exactly");
    }

    [Theory]
    [InlineData("地区生产总值增长９９９%", "gdp growthRate exactly 999%")]
    [InlineData("地区生产总值增长9999999999999999999999999999%", "gdp growthRate exactly 9999999999999999999999999999%")]
    [InlineData("地区生产总值增长0.0000000000000000000000000001%", "gdp growthRate exactly 0.0000000000000000000000000001%")]
    public void ALargeNumberDecimalHolds_IsKeptExactly(string clause, string target) => Draw.Targets(clause).Should().Equal(target);

    [Fact]
    public void DeeplyNestedBrackets_OverAMegabyte_AreBounded()
    {
        var text = string.Concat(Enumerable.Repeat("(", 100_000)) + "地区生产总值增长7%" + string.Concat(Enumerable.Repeat(")", 100_000)) + "。新增城镇就业1.65万人";

        var draft = Measured("nested brackets", () => Draw.Draft(text));

        draft.Targets.Select(t => t.Target.Indicator).Should().Equal("new-urban-jobs");
        draft.Findings.Should().ContainSingle().Which.Kind.Should().Be(DraftFindingKind.ClauseTooLong);
    }

    [Fact]
    public void AShortClauseNestedTooDeep_IsMalformed() =>
        Draw.Draft("“(((((((((7%)))))))))”").Findings.Should().ContainSingle().Which.Message.Should().Contain("nested at most 8 deep");

    [Fact]
    public void InvalidUtf8_IsAFormatError_AtItsByteInItsLine()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("地区生产总值\n增长"), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("7%")];

        var error = FluentActions.Invoking(() => PlanDrafter.Parse(bytes, Draw.Options, "report.txt")).Should().Throw<DevPlanFormatException>().Which;

        error.BytePositionInLine.Should().Be(6, "the bad byte follows 增长, six bytes into line 2");
        error.LineNumber.Should().Be(2);
        error.SourceName.Should().Be("report.txt");
        error.Message.Should().Be("report.txt: line 2, byte 6: Expected UTF-8 text, but found a byte sequence that is not UTF-8.");
    }

    [Fact]
    public void AByteOrderMark_IsAllowed() =>
        PlanDrafter.Parse([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("地区生产总值增长7%")], Draw.Options).Targets.Should().ContainSingle();

    [Fact]
    public void ATextOverTheLimit_IsRefusedWithTheLimitAndTheOption()
    {
        var options = Draw.Options with { MaxInputBytes = 100 };

        FluentActions.Invoking(() => PlanDrafter.Draft(new string('增', 34), options)).Should().Throw<DevPlanFormatException>()
            .WithMessage("Expected a text of at most 100 bytes of UTF-8 (DraftOptions.MaxInputBytes, --max-bytes), but it is larger.");
        FluentActions.Invoking(() => PlanDrafter.Draft(new string('a', 101), options)).Should().Throw<DevPlanFormatException>();
        PlanDrafter.Draft(new string('增', 33), options).Findings.Should().ContainSingle();
        FluentActions.Invoking(() => PlanDrafter.Parse(new byte[101], options)).Should().Throw<DevPlanFormatException>();
    }

    [Fact]
    public void AStreamThatNeverEnds_StopsAtTheLimit()
    {
        using var endless = new EndlessStream();

        FluentActions.Invoking(() => PlanDrafter.Read(endless, Draw.Options with { MaxInputBytes = 1024 * 1024 }, "stdin")).Should().Throw<DevPlanFormatException>()
            .Which.SourceName.Should().Be("stdin");
        endless.BytesRead.Should().BeLessThan(2 * 1024 * 1024, "reading stops at the limit");
    }

    [Fact]
    public void AStream_IsReadToItsEnd()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(SeedRoundTripTest.JinanTargets));

        PlanDrafter.Read(stream, SeedRoundTripTest.JinanOptions).Targets.Should().HaveCount(10);
    }

    [Fact]
    public void AFile_IsRead_AndAMissingOneIsAnIOError()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, SeedRoundTripTest.JinanTargets);
            PlanDrafter.ReadFile(path, SeedRoundTripTest.JinanOptions).Targets.Should().HaveCount(10);
        }
        finally
        {
            File.Delete(path);
        }
        FluentActions.Invoking(() => PlanDrafter.ReadFile(path)).Should().Throw<FileNotFoundException>();
    }

    [Fact]
    public void TheDefaultLimits_AreDocumented()
    {
        var options = DraftOptions.Default;

        (options.MaxInputBytes, options.MaxClauseLength, options.MaxFindings, options.MaxElements).Should().Be((4 * 1024 * 1024, 1000, 1000, 10000));
        options.Mode.Should().Be(DraftMode.Auto);
        options.Catalogue.Should().BeSameAs(Core.IndicatorCatalogue.Standard);
    }

    /// <summary>A stream of zeros without end, counting what was read.</summary>
    private sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)'a', offset, count);
            BytesRead += count;
            return count;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

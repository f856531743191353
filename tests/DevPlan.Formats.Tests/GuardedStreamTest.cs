using DevPlan.Core.Parquet.Internal;

namespace DevPlan.Formats.Tests;

/// <summary>The stream Parquet.Net reads a file through: reads within a window only, and never an end of stream Parquet.Net would take for 0xFF.</summary>
public sealed class GuardedStreamTest
{
    private static readonly byte[] File = [.. Enumerable.Range(0, 10).Select(i => (byte)i)];

    [Fact]
    public void It_reads_and_seeks_like_the_file_within_its_window()
    {
        using var stream = new GuardedStream(new MemoryStream(File));

        stream.CanRead.Should().BeTrue();
        stream.CanSeek.Should().BeTrue();
        stream.CanWrite.Should().BeFalse();
        stream.Length.Should().Be(10);
        stream.Seek(-3, SeekOrigin.End).Should().Be(7);
        stream.ReadByte().Should().Be(7);
        stream.Seek(-2, SeekOrigin.Current).Should().Be(6);
        stream.ReadByte().Should().Be(6);
        stream.Seek(2, SeekOrigin.Begin).Should().Be(2);
        var buffer = new byte[3];
        stream.Read(buffer, 0, 3).Should().Be(3);
        buffer.Should().Equal(2, 3, 4);
        stream.Position.Should().Be(5);
    }

    [Fact]
    public void A_read_at_the_end_of_the_file_throws_rather_than_ending()
    {
        using var stream = new GuardedStream(new MemoryStream(File)) { Position = 10 };

        var readByte = () => stream.ReadByte();
        var read = () => stream.Read(new byte[1], 0, 1);

        readByte.Should().Throw<IOException>().Which.Message.Should().Contain("byte 10");
        read.Should().Throw<IOException>();
        stream.Read([], 0, 0).Should().Be(0, "an empty read reads nothing, anywhere");
    }

    [Fact]
    public void Reads_are_kept_within_the_window_and_cut_at_its_end()
    {
        using var stream = new GuardedStream(new MemoryStream(File));
        stream.Restrict(3, 6);

        stream.Position = 2;
        ((Action)(() => stream.ReadByte())).Should().Throw<IOException>().Which.Message.Should().Contain("within bytes 3 to 6").And.Contain("byte 2");
        stream.Position = 3;
        var buffer = new byte[8];
        stream.Read(buffer, 0, 8).Should().Be(3, "the read stops at the window's end");
        buffer[..3].Should().Equal(3, 4, 5);
        ((Action)(() => stream.ReadByte())).Should().Throw<IOException>().Which.Message.Should().Contain("byte 6");
        stream.Position = 5;
        stream.ReadByte().Should().Be(5);

        stream.Release();
        stream.Position = 9;
        stream.ReadByte().Should().Be(9);
    }

    [Fact]
    public async Task Asynchronous_reads_are_held_to_the_same_window()
    {
        using var stream = new GuardedStream(new MemoryStream(File));
        stream.Restrict(0, 2);
        var buffer = new byte[4];

        (await stream.ReadAsync(buffer.AsMemory())).Should().Be(2);
        var past = async () => await stream.ReadAsync(buffer, 0, 4);
        var cancelled = async () => await stream.ReadAsync(buffer.AsMemory(), new CancellationToken(canceled: true));

        await past.Should().ThrowAsync<IOException>();
        await cancelled.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public void A_position_before_the_start_and_a_stream_shorter_than_its_length_are_errors()
    {
        using var stream = new GuardedStream(new MemoryStream(File));
        var before = () => stream.Seek(-11, SeekOrigin.End);

        before.Should().Throw<IOException>().Which.Message.Should().Be("Expected a position within the file, but Parquet.Net seeks before its start.");
        stream.Position.Should().Be(0);

        using var shrinking = new GuardedStream(new ShrinkingStream(File));
        shrinking.Position = 8;
        ((Action)(() => shrinking.ReadByte())).Should().Throw<IOException>().Which.Message.Should().Contain("ended before its length");
    }

    /// <summary>A stream whose length promises more than it reads: it ends after half of it.</summary>
    private sealed class ShrinkingStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(Span<byte> buffer) => Position >= Length / 2 ? 0 : base.Read(buffer);
    }
}

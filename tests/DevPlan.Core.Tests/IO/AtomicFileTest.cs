using System.Diagnostics;
using System.Text;
using DevPlan.Core.IO;

namespace DevPlan.Core.Tests.IO;

public class AtomicFileTest
{
    private static string TempDirectory() => Directory.CreateTempSubdirectory("devplan-atomic-").FullName;

    [Fact]
    public void Write_ReplacesTheFileAndLeavesNoTemporary()
    {
        var directory = TempDirectory();
        var path = Path.Combine(directory, "plan.json");
        File.WriteAllText(path, "old");

        AtomicFile.WriteAllBytes(path, "new"u8);

        File.ReadAllText(path).Should().Be("new");
        Directory.GetFiles(directory).Should().Equal(path);
    }

    [Fact]
    public void Write_Interrupted_LeavesTheOldContentAndNoTemporary()
    {
        var directory = TempDirectory();
        var path = Path.Combine(directory, "plan.json");
        File.WriteAllText(path, "old");

        var act = () => AtomicFile.Write(path, stream =>
        {
            stream.Write("half"u8);
            throw new IOException("disk full");
        });

        act.Should().Throw<IOException>();
        File.ReadAllText(path).Should().Be("old");
        Directory.GetFiles(directory).Should().Equal(path);
    }

    [SkippableFact]
    public void Write_ThroughASymbolicLink_RewritesTheTargetAndKeepsTheLink()
    {
        Skip.If(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
        var directory = TempDirectory();
        var real = Path.Combine(directory, "real.json");
        var link = Path.Combine(directory, "link.json");
        File.WriteAllText(real, "old");
        File.CreateSymbolicLink(link, real);

        AtomicFile.WriteAllBytes(link, "new"u8);

        new FileInfo(link).LinkTarget.Should().Be(real);
        File.ReadAllText(real).Should().Be("new");
    }

    [SkippableFact]
    public void Write_KeepsTheModeOfTheFileItReplaces()
    {
        Skip.If(OperatingSystem.IsWindows(), "Unix file modes");
        var path = Path.Combine(TempDirectory(), "secret.json");
        File.WriteAllText(path, "old");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);

            AtomicFile.WriteAllBytes(path, "new"u8);

            File.GetUnixFileMode(path).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    [SkippableFact]
    public void Write_ToANamedPipe_WritesIntoItInsteadOfReplacingIt()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "mkfifo");
        var fifo = Path.Combine(TempDirectory(), "pipe");
        using (var mkfifo = Process.Start("mkfifo", fifo))
        {
            mkfifo.WaitForExit();
        }
        var reader = Task.Run(() => File.ReadAllText(fifo));

        AtomicFile.WriteAllBytes(fifo, "through the pipe"u8);

        reader.Wait(TimeSpan.FromSeconds(20)).Should().BeTrue();
        reader.Result.Should().Be("through the pipe");
        new FileInfo(fifo).Length.Should().Be(0, "a FIFO holds nothing; a regular file put in its place would");
    }

    // Writes to the real /dev/null: under mutation testing as root, a mutant of AtomicFile that renames over a
    // special file replaces /dev/null with a regular file (it happened; restore it with `mknod -m 666 /dev/null c 1 3`).
    // Leave IO/AtomicFile.cs out of Stryker's --mutate when running as root.
    [SkippableFact]
    public void Write_ToADevice_WritesDirectly()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "/dev/null");

        AtomicFile.WriteAllBytes("/dev/null", "discarded"u8);

        FileType("/dev/null").Should().Be("character special file");
    }

    [Fact]
    public void Write_RemovesTheTemporariesOfThisTargetLeftByDeadProcesses()
    {
        var directory = TempDirectory();
        var path = Path.Combine(directory, "plan.json");
        var stale = Path.Combine(directory, $".plan.json.{int.MaxValue}.0a1b.devplan-tmp");
        var live = Path.Combine(directory, $".plan.json.{Environment.ProcessId}.0a1b.devplan-tmp");
        var otherTarget = Path.Combine(directory, $".other.json.{int.MaxValue}.0a1b.devplan-tmp");
        foreach (var file in new[] { stale, live, otherTarget })
        {
            File.WriteAllText(file, "left behind");
        }

        AtomicFile.WriteAllBytes(path, "new"u8);

        File.Exists(stale).Should().BeFalse("its process no longer runs");
        File.Exists(live).Should().BeTrue("its process (this one) may still be writing");
        File.Exists(otherTarget).Should().BeTrue("it belongs to another file");
    }

    [Fact]
    public void Write_ADirectory_IsAnArgumentError() =>
        FluentActions.Invoking(() => AtomicFile.WriteAllBytes(TempDirectory(), "x"u8)).Should().Throw<ArgumentException>().WithMessage("*is a directory*");

    private static string FileType(string path)
    {
        using var stat = Process.Start(new ProcessStartInfo("stat", ["-c", "%F", path]) { RedirectStandardOutput = true, StandardOutputEncoding = Encoding.UTF8 })!;
        var output = stat.StandardOutput.ReadToEnd().Trim();
        stat.WaitForExit();
        return output;
    }
}

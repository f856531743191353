namespace DevPlan.Tests;

/// <summary>
/// The checked-out repository the tests run in, found by walking up from the test assembly to
/// <c>DevPlan.Core.sln</c>. Source paths recorded at compile time are not used: a CI build maps
/// them to <c>/_/</c>.
/// </summary>
internal static class Repository
{
    /// <summary>The repository's root directory.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A path inside the repository, given by its parts from the root.</summary>
    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "DevPlan.Core.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("The repository root (DevPlan.Core.sln) was not found above " + AppContext.BaseDirectory + ".");
    }
}

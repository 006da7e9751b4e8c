namespace Catalogue.TestSupport;

/// <summary>
/// Locates the repository root and the read-only reference material in <c>../shared</c> beside it.
/// Tests read shared/ in place (it is never copied into the repository), so a missing folder must fail loudly.
/// </summary>
public static class SharedPaths
{
    private static readonly Lazy<string> RepoRootLazy = new(FindRepoRoot);
    private static readonly Lazy<string> SharedRootLazy = new(FindSharedRoot);

    /// <summary>Absolute path of the directory holding <c>Catalogue.sln</c>.</summary>
    public static string RepoRoot => RepoRootLazy.Value;

    /// <summary>Absolute path of <c>../shared</c> relative to the repository root.</summary>
    public static string Root => SharedRootLazy.Value;

    /// <summary>Combines <see cref="Root"/> with relative segments, e.g. <c>SharedPaths.Combine("w3c-rdf-tests", "rdf")</c>.</summary>
    public static string Combine(params string[] segments) => Path.Combine([Root, .. segments]);

    private static string FindRepoRoot()
    {
        // Prefer a repository that has shared/ beside it; fall back to the nearest one so RepoRoot works alone.
        string? nearest = null;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "Catalogue.sln"))) continue;
            nearest ??= dir.FullName;
            if (dir.Parent is not null && Directory.Exists(Path.Combine(dir.Parent.FullName, "shared")))
                return dir.FullName;
        }
        // Built with --artifacts-path the binaries live outside the tree: use the path recorded at build time.
        var recorded = typeof(SharedPaths).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .OfType<System.Reflection.AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepoRoot")?.Value;
        if (nearest is null && recorded is not null && File.Exists(Path.Combine(recorded, "Catalogue.sln"))) return Path.GetFullPath(recorded);
        return nearest ?? throw new InvalidOperationException(
            $"Repository root (a directory containing Catalogue.sln) not found above {AppContext.BaseDirectory}.");
    }

    private static string FindSharedRoot()
    {
        var shared = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));
        if (!Directory.Exists(shared))
            throw new InvalidOperationException(
                $"../shared not found beside the repository (looked for {shared}); the reference material must be checked out there.");
        return shared;
    }
}

using Catalogue.TestSupport;

namespace Catalogue.Rdf.Tests.Model;

public class SharedPathsTests
{
    [Fact]
    public void Finds_the_repository_and_the_shared_folder_beside_it()
    {
        Assert.True(File.Exists(Path.Combine(SharedPaths.RepoRoot, "Catalogue.sln")));
        Assert.Equal(Path.GetFullPath(Path.Combine(SharedPaths.RepoRoot, "..", "shared")), SharedPaths.Root);
        Assert.True(Directory.Exists(SharedPaths.Combine("w3c-rdf-tests")));
    }
}

using System.Diagnostics;
using Catalogue.Rdf.Model;
using Catalogue.Rdf.Parsing;
using Catalogue.Rdf.Writing;

namespace Catalogue.Rdf.Tests.RoundTrip;

/// <summary>
/// Our Turtle and N-Triples read back by an independent parser, Debian's <c>rapper</c> (raptor2-utils): it must
/// accept the files and produce the same graph. CI installs rapper; without it these tests fail with a clear message.
/// </summary>
public class RapperCrossCheckTests
{
    [Fact]
    public void Rapper_reads_our_streamed_turtle_as_the_same_graph() =>
        CrossCheck("turtle", ".ttl", w => { using var t = new TurtleWriter(w, new RdfWriterOptions { Prefixes = PrefixMap.Common() }); t.WriteTriples(SampleGraphs.Catalogue(withNul: false).Triples); });

    [Fact]
    public void Rapper_reads_our_pretty_printed_turtle_as_the_same_graph() =>
        CrossCheck("turtle", ".ttl", w => TurtlePrettyPrinter.Write(SampleGraphs.Catalogue(withNul: false).Triples, w, new RdfWriterOptions { Prefixes = PrefixMap.Common() }));

    [Fact]
    public void Rapper_reads_our_ntriples_as_the_same_graph() =>
        CrossCheck("ntriples", ".nt", w => { using var n = new NTriplesWriter(w); n.WriteTriples(SampleGraphs.Catalogue(withNul: false).Triples); });

    private static void CrossCheck(string syntax, string extension, Action<TextWriter> write)
    {
        var file = Path.Combine(Path.GetTempPath(), $"catalogue-rdf-{Guid.NewGuid():N}{extension}");
        try
        {
            using (var w = new StreamWriter(file, false, new System.Text.UTF8Encoding(false))) write(w);
            var output = RunRapper(syntax, file);
            var fromRapper = new NTriplesParser().ParseGraph(output);
            var expected = RoundTripTests.Normalize(SampleGraphs.Catalogue(withNul: false));
            var missing = expected.Triples.Where(t => !fromRapper.Contains(t)).Where(IsGround).Take(5);
            var extra = fromRapper.Triples.Where(t => !expected.Contains(t)).Where(IsGround).Take(5);
            Assert.True(Isomorphism.AreIsomorphic(expected.Triples, fromRapper.Triples),
                $"rapper read a different graph ({fromRapper.Count} vs {expected.Count} triples).\nMissing: {string.Join("\n", missing)}\nExtra: {string.Join("\n", extra)}");
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static bool IsGround(Triple t) => t.Subject is not BlankNode && t.Object is not BlankNode;

    private static string RunRapper(string syntax, string file)
    {
        var psi = new ProcessStartInfo("rapper")
        {
            ArgumentList = { "-q", "-i", syntax, "-o", "ntriples", file, "http://base.example/" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process process;
        try
        {
            process = Process.Start(psi)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("`rapper` (Debian package raptor2-utils) is not on PATH; install it to run the independent-parser cross-check.", e);
        }
        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"rapper rejected our {syntax}: {stderr.Result}");
            return stdout;
        }
    }
}

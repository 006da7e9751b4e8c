using System.Diagnostics;
using Catalogue.Rdf.Model;
using Catalogue.Rdf.Parsing;
using Catalogue.Rdf.Writing;

namespace Catalogue.Rdf.Tests.RdfXml;

public sealed class RdfXmlWriterTests
{
    private static string Write(IEnumerable<Triple> triples)
    {
        var text = new StringWriter();
        using (var writer = new RdfXmlWriter(text, new RdfWriterOptions { Prefixes = PrefixMap.Common() }))
            writer.WriteTriples(triples);
        return text.ToString();
    }

    [Fact]
    public void Nasty_graph_round_trips_through_our_parser()
    {
        var graph = NastyDcatGraph.Build();
        var xml = Write(graph.Triples);

        var parsed = new Graph();
        new RdfXmlParser().Parse(new StringReader(xml), parsed);
        Assert.True(Isomorphism.AreIsomorphic(graph.Triples, parsed.Triples), xml);
        Assert.Contains("xmlns:dcat=\"http://www.w3.org/ns/dcat#\"", xml);
        Assert.Contains("<dcat:Dataset ", xml); // typed node element for the first rdf:type
    }

    [Fact]
    public void Nasty_graph_is_read_back_identically_by_rapper()
    {
        var graph = NastyDcatGraph.Build();
        var xml = Write(graph.Triples);
        var ntriples = ExternalTool.Run("rapper", ["-q", "-i", "rdfxml", "-o", "ntriples", "-", "http://base.example/"], xml);

        // rapper writes characters that IRIs may not contain (space, <, >) as \u escapes, which strict N-Triples
        // forbids; both sides get the same percent-encoding so the comparison stays exact otherwise.
        ntriples = System.Text.RegularExpressions.Regex.Replace(ntriples, @"\\u00(20|3C|3E)", "%$1");
        var parsed = new Graph();
        new NTriplesParser().Parse(new StringReader(ntriples), parsed);
        var expected = graph.Triples.Select(t => new Triple(PercentEncode(t.Subject), t.Predicate, PercentEncode(t.Object)));
        Assert.True(Isomorphism.AreIsomorphic(expected, parsed.Triples), $"rapper output:\n{ntriples}\nfrom:\n{xml}");
    }

    private static Term PercentEncode(Term term) => term is Iri iri
        ? new Iri(iri.Value.Replace(" ", "%20").Replace("<", "%3C").Replace(">", "%3E"))
        : term;

    [Fact]
    public void Control_characters_that_XML_cannot_carry_are_refused()
    {
        var triple = new Triple(new Iri("http://x/s"), new Iri("http://x/p"), Literal.Plain("bell \u0007"));
        var error = Assert.Throws<ArgumentException>(() => Write([triple]));
        Assert.Contains("cannot be written as RDF/XML", error.Message);
    }

    [Fact]
    public void Predicate_without_a_QName_form_is_refused()
    {
        var triple = new Triple(new Iri("http://x/s"), new Iri("http://x/123"), Literal.Plain("v"));
        Assert.Throws<ArgumentException>(() => Write([triple]));
    }
}

/// <summary>Runs an installed command-line oracle, failing with a clear message when it is missing or fails.</summary>
public static class ExternalTool
{
    public static string Run(string fileName, IEnumerable<string> arguments, string stdin, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardInputEncoding = new System.Text.UTF8Encoding(false),
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"'{fileName}' is required for this cross-check but could not be started ({e.Message}). Install it (rapper: apt-get install raptor2-utils; node: nodejs).", e);
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.StandardInput.Write(stdin);
            process.StandardInput.Close();
            process.WaitForExit();
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"{fileName} exited with {process.ExitCode}: {stderr.Result}");
            return stdout.Result;
        }
    }
}

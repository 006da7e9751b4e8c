namespace Catalogue.Sync.DataCite.Metadata;

/// <summary>One differing field, e.g. <c>titles[0].title</c>: what we pushed and what DataCite now holds (null = absent).</summary>
public sealed record FieldChange(string Path, string? Pushed, string? Remote);

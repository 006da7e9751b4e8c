namespace Catalogue.Emulators.DataCite;

/// <summary>How a <see cref="DataCiteEmulator"/> starts: its accounts, its schema, its timing knobs.</summary>
public sealed class DataCiteEmulatorOptions
{
    /// <summary>0 picks a free port.</summary>
    public int Port { get; set; }

    /// <summary>Repository accounts (Basic auth username = id, case-insensitive).</summary>
    public List<EmulatedRepository> Repositories { get; set; } = [];

    /// <summary>Directory with kernel-4.x <c>metadata.xsd</c>; XML is validated when a DOI leaves draft. Required.</summary>
    public string SchemaDirectory { get; set; } = "";

    /// <summary>How long a write stays invisible to <c>GET /dois</c> lists (search index lag, CONTRACT.md §8).</summary>
    public TimeSpan ListLag { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Clock for timestamps; tests may pass a fake one.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;
}

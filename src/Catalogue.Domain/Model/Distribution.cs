namespace Catalogue.Domain.Model;

/// <summary>A file or access point of a dataset: the main data, a sample, one part of a split base, or documentation.</summary>
public sealed class Distribution
{
    public Guid Id { get; set; }
    public LocalizedText Title { get; set; } = new();
    public LocalizedText Description { get; set; } = new();
    public string AccessUrl { get; set; } = "";
    public string? DownloadUrl { get; set; }
    /// <summary>Code of the EU file-type vocabulary (CSV, TIFF…).</summary>
    public string? Format { get; set; }
    /// <summary>IANA media type, e.g. text/csv.</summary>
    public string? MediaType { get; set; }
    public long? ByteSize { get; set; }
    public Checksum? Checksum { get; set; }
    /// <summary>SPDX id; defaults to the dataset's first licence when absent.</summary>
    public string? License { get; set; }
    public DistributionRole Role { get; set; } = DistributionRole.Main;
    /// <summary>For a split part: the meaningful criterion the base is split along (year, region…).</summary>
    public string? SplitCriterion { get; set; }
    public string? SplitValue { get; set; }
    public int? PartIndex { get; set; }
    /// <summary>True when the file is hosted elsewhere and referenced by URL (required above 1 GB).</summary>
    public bool IsRemote { get; set; }
    /// <summary>Code of the EU distribution-status vocabulary.</summary>
    public string? Status { get; set; }
    public string? Availability { get; set; }
    public string? ConformsTo { get; set; }
    public DateTimeOffset? Issued { get; set; }
    public DateTimeOffset? Modified { get; set; }
    /// <summary>The resource id on data.gouv.fr, once pushed.</summary>
    public string? UdataResourceId { get; set; }

    /// <summary>The guide's limit: files up to 1 GB are deposited directly, larger ones hosted elsewhere.</summary>
    public const long DirectDepositLimitBytes = 1L << 30;
}

public sealed class Checksum
{
    /// <summary>sha1, sha256, sha512 or md5.</summary>
    public string Algorithm { get; set; } = "sha256";
    public string Value { get; set; } = "";
}

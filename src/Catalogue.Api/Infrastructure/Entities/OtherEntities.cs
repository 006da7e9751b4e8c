namespace Catalogue.Api.Infrastructure.Entities;

public sealed class OrganizationEntity
{
    public Guid Id { get; set; }
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public string Document { get; set; } = "";
}

/// <summary>An immutable revision: who changed what and when, with the full record as it was after the change
/// (<see cref="Document"/>, or <see cref="SameAsRecord"/> while the revision is the record's current one).</summary>
public sealed class RevisionEntity
{
    public long Id { get; set; }
    public Guid DatasetId { get; set; }
    public int Number { get; set; }
    public string Author { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public string Action { get; set; } = "";
    /// <summary>The change list (a JSON array of {path, before, after}), or <see cref="WholeDocument"/>.</summary>
    public string Changes { get; set; } = "[]";
    /// <summary>The record after the change, or <see cref="SameAsRecord"/>.</summary>
    public string Document { get; set; } = "";

    /// <summary>
    /// The document of a record's first revision while it is still the record's current one: the record's row
    /// holds that very document, so it is not stored twice (a bulk import wrote 16 kB more a record, a third of
    /// the database). The next revision of the record writes the document into this row before changing the
    /// record (<see cref="Services.RevisionDocuments"/>); readers take the record's document meanwhile.
    /// </summary>
    public const string SameAsRecord = "";

    /// <summary>
    /// The change list of a revision made from nothing (a record's first one): one change at the root whose
    /// "before" is null and whose "after" is the whole <see cref="Document"/>. It is stored as this marker, and
    /// rebuilt from the document when read, rather than as a second copy of the document.
    /// </summary>
    public const string WholeDocument = "\"document\"";
}

/// <summary>An API key: only its SHA-256 hash is kept; the secret is shown once at creation.</summary>
public sealed class ApiKeyEntity
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    /// <summary>The public part of the key, used to find the row without scanning hashes.</summary>
    public string Prefix { get; set; } = "";
    public string Hash { get; set; } = "";
    public string Role { get; set; } = "";
    /// <summary>Organisation ids the key may edit, comma-separated (editors only).</summary>
    public string Organizations { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
}

/// <summary>The response remembered for an Idempotency-Key, so a retried POST returns it instead of acting twice.</summary>
public sealed class IdempotencyEntity
{
    public string Owner { get; set; } = "";
    public string Key { get; set; } = "";
    public string RequestHash { get; set; } = "";
    public int StatusCode { get; set; }
    public string? Location { get; set; }
    public string? ETag { get; set; }
    public string Body { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}

/// <summary>Durable work for the sync engines (data.gouv.fr, DataCite), written in the same transaction as the change.</summary>
public sealed class OutboxMessageEntity
{
    public long Id { get; set; }
    public string Target { get; set; } = "";
    public string Operation { get; set; } = "";
    public Guid DatasetId { get; set; }
    public int Revision { get; set; }
    public int Attempts { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime NextAttemptAt { get; set; }
    public DateTime? LockedUntil { get; set; }
    public string? LockedBy { get; set; }
    public DateTime? ProcessedAt { get; set; }
    public string? LastError { get; set; }
}

/// <summary>What the catalogue knows of one record on one remote system.</summary>
public sealed class SyncStateEntity
{
    public Guid DatasetId { get; set; }
    public string Target { get; set; } = "";
    public string? RemoteId { get; set; }
    /// <summary>Set before the remote create call: the intent, so a crash before "remembered" is reconciled, not repeated.</summary>
    public string? PendingCreateToken { get; set; }
    public int LastPushedRevision { get; set; }
    public string? LastPushedSnapshot { get; set; }
    public string? LastRemoteModified { get; set; }
    public string Status { get; set; } = "pending";
    public string? Conflict { get; set; }
    public string? Metrics { get; set; }
    public DateTime UpdatedAt { get; set; }
}

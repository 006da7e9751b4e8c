using Catalogue.Domain.Mappings.Dcat;

namespace Catalogue.Api.Dcat;

/// <summary>
/// A document streamed to the response: the synchronous RDF writers write into a small buffer which is copied to the
/// response asynchronously after each record (Kestrel forbids synchronous writes), so memory holds one record.
/// </summary>
public sealed class RdfResponse : IAsyncDisposable
{
    private readonly MemoryStream _buffer = new();
    private readonly HttpResponse _response;
    private readonly RdfStreamWriter _writer;

    public RdfResponse(HttpResponse response, RdfSyntax syntax, string contextUrl)
    {
        _response = response;
        _writer = syntax.CreateWriter(_buffer, contextUrl);
        Emitter = new DcatEmitter(_writer.Sink);
    }

    public DcatEmitter Emitter { get; }

    /// <summary>Writes what the emitter buffered (one record) and sends it.</summary>
    public async Task FlushAsync(CancellationToken ct)
    {
        Emitter.Flush();
        _writer.Flush();
        await CopyAsync(ct);
    }

    public async Task CompleteAsync(CancellationToken ct)
    {
        Emitter.Flush();
        _writer.Complete();
        await CopyAsync(ct);
    }

    private async Task CopyAsync(CancellationToken ct)
    {
        if (_buffer.Length == 0) return;
        await _response.Body.WriteAsync(_buffer.GetBuffer().AsMemory(0, (int)_buffer.Length), ct);
        _buffer.SetLength(0);
    }

    public ValueTask DisposeAsync() => _buffer.DisposeAsync();
}

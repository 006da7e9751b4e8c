using System.Net;
using System.Security.Cryptography;
using System.Text;
using Catalogue.Sync.Tests.Udata.Support;
using Catalogue.Sync.Udata;

namespace Catalogue.Sync.Tests.Udata;

/// <summary>Remote resources, uploads (simple, chunked, replacement) and ordering.</summary>
public sealed class UdataResourceClientTests : IAsyncLifetime
{
    private UdataClientHarness _harness = null!;
    private UdataDataset _dataset = null!;
    private IUdataClient Client => _harness.Client;

    public async Task InitializeAsync()
    {
        _harness = await UdataClientHarness.StartAsync();
        _dataset = (await Client.CreateDatasetAsync(UdataSamples.HealthDataset(), default)).EnsureSuccess();
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private static UdataResourceWrite Remote(string title) => new()
    {
        Title = title,
        Type = "main",
        Url = "https://object.example.org/hdh/part.csv",
        Format = " CSV ",
        Filesize = 12_345_678_901,
        Mime = "text/csv",
        Checksum = new UdataChecksum("sha256", "ab12"),
    };

    [Fact]
    public async Task A_remote_resource_is_created_prepended_and_moves_the_dataset_timestamp()
    {
        UdataResource first = (await Client.CreateRemoteResourceAsync(_dataset.Id, Remote("Partie 1"), default)).EnsureSuccess();
        ApiResponse<UdataResource> second = await Client.CreateRemoteResourceAsync(_dataset.Id, Remote("Partie 2"), default);

        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.True(Guid.TryParse(first.Id, out _));
        Assert.Equal(("remote", "csv", 12_345_678_901L), (first.Filetype, first.Format, first.Filesize!.Value));
        Assert.Equal(new UdataChecksum("sha256", "ab12"), first.Checksum);
        Assert.EndsWith($"/api/1/datasets/r/{first.Id}", first.Latest);
        UdataDataset dataset = (await Client.GetDatasetAsync(_dataset.Id, default)).EnsureSuccess();
        Assert.Equal(["Partie 2", "Partie 1"], dataset.Resources.Select(r => r.Title));
        Assert.True(dataset.Internal!.LastModifiedInternal > _dataset.Internal!.LastModifiedInternal);
    }

    [Fact]
    public async Task Only_remote_resources_can_be_posted_and_filetype_is_immutable()
    {
        ApiResponse<UdataResource> hosted = await Client.CreateRemoteResourceAsync(_dataset.Id, Remote("x") with { Filetype = "file" }, default);
        Assert.Equal("This endpoint only supports remote resources", hosted.Error?.Message);

        UdataResource remote = (await Client.CreateRemoteResourceAsync(_dataset.Id, Remote("x"), default)).EnsureSuccess();
        ApiResponse<UdataResource> changed = await Client.UpdateResourceAsync(_dataset.Id, remote.Id,
            UdataResourceWrite.From(remote) with { Filetype = "file" }, default);
        Assert.Equal("Cannot modify filetype after creation", changed.Error?.Message);
    }

    [Fact]
    public async Task Update_reorder_and_delete_resources()
    {
        UdataResource a = (await Client.CreateRemoteResourceAsync(_dataset.Id, Remote("A"), default)).EnsureSuccess();
        UdataResource b = (await Client.CreateRemoteResourceAsync(_dataset.Id, Remote("B"), default)).EnsureSuccess();
        UdataResource c = (await Client.CreateRemoteResourceAsync(_dataset.Id, Remote("C"), default)).EnsureSuccess();

        UdataResource documented = (await Client.UpdateResourceAsync(_dataset.Id, a.Id,
            UdataResourceWrite.From(a) with { Type = "documentation", Description = "Dictionnaire" }, default)).EnsureSuccess();
        Assert.Equal(("documentation", "Dictionnaire"), (documented.Type, documented.Description));
        Assert.True(documented.Internal!.LastModifiedInternal > a.Internal!.LastModifiedInternal);

        ApiResponse<List<UdataResource>> partial = await Client.ReorderResourcesAsync(_dataset.Id, [a.Id, b.Id], default);
        Assert.Equal("All resources must be reordered, you provided 2 out of 3", partial.Error?.Message);
        List<UdataResource> ordered = (await Client.ReorderResourcesAsync(_dataset.Id, [a.Id, b.Id, c.Id], default)).EnsureSuccess();
        Assert.Equal([a.Id, b.Id, c.Id], ordered.Select(r => r.Id));

        Assert.True((await Client.DeleteResourceAsync(_dataset.Id, b.Id, default)).IsSuccess);
        Assert.True((await Client.GetResourceAsync(_dataset.Id, b.Id, default)).IsNotFound);
        UdataDataset dataset = (await Client.GetDatasetAsync(_dataset.Id, default)).EnsureSuccess();
        Assert.Equal([a.Id, c.Id], dataset.Resources.Select(r => r.Id));
    }

    [Fact]
    public async Task A_simple_upload_hosts_the_file_with_a_sha1_checksum()
    {
        byte[] content = Encoding.UTF8.GetBytes("annee;effectif\n2023;42\n");

        ApiResponse<UdataResource> response = await Client.UploadResourceAsync(_dataset.Id, new MemoryStream(content), "Effectifs 2023.CSV", default);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        UdataResource resource = response.EnsureSuccess();
        Assert.Equal(("file", "main", "csv"), (resource.Filetype, resource.Type, resource.Format));
        Assert.Equal("effectifs-2023.csv", resource.Title);
        Assert.Equal(content.Length, resource.Filesize);
        Assert.Equal(new UdataChecksum("sha1", Convert.ToHexStringLower(SHA1.HashData(content))), resource.Checksum);
        Assert.True(resource.AdditionalFields!["success"].GetBoolean());
        Assert.Equal(content, await DownloadAsync(resource.Url));
    }

    [Fact]
    public async Task A_chunked_upload_sends_each_part_then_assembles_them()
    {
        byte[] content = RandomNumberGenerator.GetBytes(2_500);

        UdataResource resource = (await Client.UploadResourceChunkedAsync(_dataset.Id, new MemoryStream(content), "gros-fichier.zip", 1_000, default)).EnsureSuccess();

        Assert.Equal(4, _harness.RequestsTo("POST", $"/datasets/{_dataset.Id}/upload/")); // 3 chunks + the final call
        Assert.Equal(content.Length, resource.Filesize);
        Assert.Equal(Convert.ToHexStringLower(SHA1.HashData(content)), resource.Checksum?.Value);
        Assert.Equal(content, await DownloadAsync(resource.Url));
    }

    [Fact]
    public async Task A_chunked_upload_from_an_unseekable_stream_is_spooled_then_sent_in_parts()
    {
        byte[] content = RandomNumberGenerator.GetBytes(1_500);

        UdataResource resource = (await Client.UploadResourceChunkedAsync(_dataset.Id, new ForwardOnlyStream(content), "flux.csv", 1_000, default)).EnsureSuccess();

        Assert.Equal(3, _harness.RequestsTo("POST", $"/datasets/{_dataset.Id}/upload/")); // 2 chunks + the final call
        Assert.Equal(content, await DownloadAsync(resource.Url));
    }

    /// <summary>A network-like stream: readable once, length unknown.</summary>
    private sealed class ForwardOnlyStream(byte[] content) : Stream
    {
        private readonly MemoryStream _inner = new(content);
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Fact]
    public async Task A_chunk_whose_size_differs_from_chunksize_is_refused()
    {
        using HttpClient raw = _harness.RawHttp();
        using var form = new MultipartFormDataContent
        {
            { new StringContent("u-1"), "uuid" }, { new StringContent("a.csv"), "filename" }, { new StringContent("0"), "partindex" },
            { new StringContent("0"), "partbyteoffset" }, { new StringContent("2"), "totalparts" }, { new StringContent("10"), "chunksize" },
            { new ByteArrayContent([1, 2, 3]), "file", "a.csv" },
        };

        using HttpResponseMessage response = await raw.PostAsync($"api/1/datasets/{_dataset.Id}/upload/", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("{\"success\":false,\"error\":\"Chunk size mismatch\"}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Disallowed_extensions_and_html_content_are_refused()
    {
        ApiResponse<UdataResource> parquet = await Client.UploadResourceAsync(_dataset.Id, new MemoryStream([1, 2]), "data.parquet", default);
        Assert.StartsWith("This file type is not allowed.The allowed file type list is available at", parquet.Error?.Message);

        ApiResponse<UdataResource> html = await Client.UploadResourceAsync(_dataset.Id, new MemoryStream("<!DOCTYPE html><p>x"u8.ToArray()), "page.txt", default);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, html.StatusCode);
    }

    [Fact]
    public async Task Replacing_a_file_keeps_the_resource_id_and_ignores_hosted_field_edits()
    {
        UdataResource uploaded = (await Client.UploadResourceAsync(_dataset.Id, new MemoryStream("v1"u8.ToArray()), "data.csv", default)).EnsureSuccess();

        UdataResource edited = (await Client.UpdateResourceAsync(_dataset.Id, uploaded.Id,
            UdataResourceWrite.From(uploaded) with { Title = "Données", Url = "https://elsewhere.example/x.csv", Format = "xls" }, default)).EnsureSuccess();
        Assert.Equal(("Données", uploaded.Url, "csv"), (edited.Title, edited.Url, edited.Format));

        ApiResponse<UdataResource> replaced = await Client.ReplaceResourceFileAsync(_dataset.Id, uploaded.Id, new MemoryStream("version 2"u8.ToArray()), "data.csv", default);
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal(uploaded.Id, replaced.Content!.Id);
        Assert.Equal(9, replaced.Content.Filesize);
    }

    private async Task<byte[]> DownloadAsync(string url)
    {
        using HttpClient raw = _harness.RawHttp(apiKey: null);
        return await raw.GetByteArrayAsync(url);
    }
}

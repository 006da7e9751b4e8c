using System.Globalization;
using System.Net.Http.Headers;

namespace Catalogue.Sync.Udata;

/// <summary>multipart/form-data bodies of the upload endpoints (contract §4.3).</summary>
internal static class UdataMultipart
{
    public static MultipartFormDataContent File(byte[] bytes, string fileName)
    {
        var form = new MultipartFormDataContent();
        AddFile(form, bytes, fileName);
        return form;
    }

    public static void AddFile(MultipartFormDataContent form, byte[] bytes, string fileName)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
    }

    public static void AddField(MultipartFormDataContent form, string name, long value) =>
        form.Add(new StringContent(value.ToString(CultureInfo.InvariantCulture)), name);
}

/// <summary>One chunked upload: every call shares the same <c>uuid</c>, <c>filename</c> and <c>totalparts</c>.</summary>
internal sealed record UdataChunkedUpload(string Uuid, string FileName)
{
    public MultipartFormDataContent Chunk(byte[] bytes, int partIndex, long byteOffset, int totalParts)
    {
        MultipartFormDataContent form = Common(totalParts);
        UdataMultipart.AddField(form, "partindex", partIndex);
        UdataMultipart.AddField(form, "partbyteoffset", byteOffset);
        // udata compares this with the size of the part it received, not with a nominal chunk size.
        UdataMultipart.AddField(form, "chunksize", bytes.Length);
        UdataMultipart.AddFile(form, bytes, FileName);
        return form;
    }

    /// <summary>The final call has no <c>file</c>: the server assembles the parts.</summary>
    public MultipartFormDataContent Complete(int totalParts) => Common(totalParts);

    private MultipartFormDataContent Common(int totalParts)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(Uuid), "uuid" },
            { new StringContent(FileName), "filename" },
        };
        UdataMultipart.AddField(form, "totalparts", totalParts);
        return form;
    }
}

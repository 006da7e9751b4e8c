using System.Text;

namespace Catalogue.Rdf.Writing;

/// <summary>Owns (or not) the TextWriter a writer streams to; byte streams get UTF-8 without a BOM.</summary>
internal sealed class WriterOutput
{
    public TextWriter Writer { get; }
    private readonly bool _dispose;

    public WriterOutput(TextWriter writer, bool closeOutput)
    {
        Writer = writer;
        _dispose = closeOutput;
    }

    public WriterOutput(Stream stream, bool closeOutput)
    {
        Writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: !closeOutput);
        _dispose = true;
    }

    public void Close()
    {
        Writer.Flush();
        if (_dispose) Writer.Dispose();
    }
}

namespace DevPlan.Core.Parquet.Internal;

/// <summary>What a page header says, as far as the reader checks it.</summary>
/// <param name="Type">The page's type: 0 data, 1 index, 2 dictionary, 3 data (version 2).</param>
/// <param name="UncompressedSize">The page's size once decompressed, as declared.</param>
/// <param name="CompressedSize">The bytes the page takes after its header.</param>
/// <param name="HeaderLength">The bytes the header takes.</param>
/// <param name="Values">The values the page holds (nulls included), or the entries of a dictionary.</param>
/// <param name="Nulls">The nulls of a version 2 page.</param>
/// <param name="Encoding">The encoding of the page's values.</param>
/// <param name="DefinitionLength">The bytes of a version 2 page's definition levels, which are never compressed.</param>
/// <param name="RepetitionLength">The bytes of a version 2 page's repetition levels, which are never compressed.</param>
/// <param name="IsCompressed">Whether a version 2 page's values are compressed (true unless it says otherwise).</param>
/// <param name="HasTypeHeader">Whether the header of the page's type is there.</param>
internal sealed record PageHeaderInfo(int Type, int UncompressedSize, int CompressedSize, int HeaderLength, int Values, int Nulls, int Encoding, int DefinitionLength, int RepetitionLength, bool IsCompressed, bool HasTypeHeader)
{
    public const int DataPage = 0, DictionaryPage = 2, DataPageV2 = 3;
}

/// <summary>Reads a page header as Parquet.Net 6.1's generated <c>PageHeader.Read</c> does, with <see cref="ThriftCompactReader"/>.</summary>
internal static class PageHeaderReader
{
    /// <summary>Reads a page header from <paramref name="count"/> bytes of <paramref name="buffer"/>.</summary>
    /// <exception cref="InvalidDataException">The header does not fit the bytes, or Parquet.Net would misread it.</exception>
    public static PageHeaderInfo Read(byte[] buffer, int count)
    {
        var thrift = new ThriftCompactReader(buffer, 0, count);
        int type = -1, uncompressed = -1, compressed = -1;
        int dataValues = -1, dataEncoding = 0, dictionaryValues = -1, dictionaryEncoding = 0;
        int v2Values = -1, nulls = 0, v2Encoding = 0, definition = 0, repetition = 0;
        var isCompressed = true;
        bool hasData = false, hasDictionary = false, hasV2 = false;
        thrift.BeginStruct();
        while (thrift.NextField(out var id, out var fieldType))
        {
            switch (id)
            {
                case 1:
                    type = thrift.ReadI32(id, fieldType);
                    break;
                case 2:
                    uncompressed = thrift.ReadI32(id, fieldType);
                    break;
                case 3:
                    compressed = thrift.ReadI32(id, fieldType);
                    break;
                case 4: // crc
                    thrift.ReadI32(id, fieldType);
                    break;
                case 5: // data_page_header: num_values, encoding, definition and repetition level encodings, statistics
                    thrift.ReadStruct(id, fieldType, t =>
                    {
                        while (t.NextField(out var field, out var ft))
                        {
                            switch (field)
                            {
                                case 1:
                                    dataValues = t.ReadI32(field, ft);
                                    break;
                                case 2:
                                    dataEncoding = t.ReadI32(field, ft);
                                    break;
                                case 3 or 4:
                                    t.ReadI32(field, ft);
                                    break;
                                case 5:
                                    t.ReadStruct(field, ft, FooterReader.ReadStatistics);
                                    break;
                                default:
                                    t.Skip(field, ft);
                                    break;
                            }
                        }
                    });
                    hasData = true;
                    break;
                case 6: // index_page_header: an empty struct
                    thrift.ReadStruct(id, fieldType, t => t.SkipStructFields());
                    break;
                case 7: // dictionary_page_header: num_values, encoding, is_sorted
                    thrift.ReadStruct(id, fieldType, t =>
                    {
                        while (t.NextField(out var field, out var ft))
                        {
                            switch (field)
                            {
                                case 1:
                                    dictionaryValues = t.ReadI32(field, ft);
                                    break;
                                case 2:
                                    dictionaryEncoding = t.ReadI32(field, ft);
                                    break;
                                case 3:
                                    t.ReadBool(field, ft);
                                    break;
                                default:
                                    t.Skip(field, ft);
                                    break;
                            }
                        }
                    });
                    hasDictionary = true;
                    break;
                case 8: // data_page_header_v2
                    thrift.ReadStruct(id, fieldType, t =>
                    {
                        while (t.NextField(out var field, out var ft))
                        {
                            switch (field)
                            {
                                case 1:
                                    v2Values = t.ReadI32(field, ft);
                                    break;
                                case 2:
                                    nulls = t.ReadI32(field, ft);
                                    break;
                                case 3: // num_rows
                                    t.ReadI32(field, ft);
                                    break;
                                case 4:
                                    v2Encoding = t.ReadI32(field, ft);
                                    break;
                                case 5:
                                    definition = t.ReadI32(field, ft);
                                    break;
                                case 6:
                                    repetition = t.ReadI32(field, ft);
                                    break;
                                case 7:
                                    isCompressed = t.ReadBool(field, ft);
                                    break;
                                case 8:
                                    t.ReadStruct(field, ft, FooterReader.ReadStatistics);
                                    break;
                                default:
                                    t.Skip(field, ft);
                                    break;
                            }
                        }
                    });
                    hasV2 = true;
                    break;
                default:
                    thrift.Skip(id, fieldType);
                    break;
            }
        }
        thrift.EndStruct();
        if (type < 0 || uncompressed < 0 || compressed < 0)
        {
            throw thrift.Fail("Expected a page header with a type and sizes, but they are missing or negative.");
        }
        if (definition < 0 || repetition < 0)
        {
            throw thrift.Fail("Expected the byte lengths of a page's levels, but they are negative.");
        }
        return type switch
        {
            PageHeaderInfo.DataPage => new PageHeaderInfo(type, uncompressed, compressed, thrift.Consumed, dataValues, 0, dataEncoding, 0, 0, true, hasData),
            PageHeaderInfo.DictionaryPage => new PageHeaderInfo(type, uncompressed, compressed, thrift.Consumed, dictionaryValues, 0, dictionaryEncoding, 0, 0, true, hasDictionary),
            PageHeaderInfo.DataPageV2 => new PageHeaderInfo(type, uncompressed, compressed, thrift.Consumed, v2Values, nulls, v2Encoding, definition, repetition, isCompressed, hasV2),
            _ => new PageHeaderInfo(type, uncompressed, compressed, thrift.Consumed, -1, 0, 0, 0, 0, true, false),
        };
    }
}

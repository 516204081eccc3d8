/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading a finished workbook back before it takes the target's name.
 * libxlsxwriter keeps the rows in temporary files and does not check every
 * write to them, so a disk that fills up (or a file size limit) can leave a
 * sheet with a piece missing inside a zip that is itself fine. Each part is
 * inflated here and must have the size its zip entry announces, at least as
 * many bytes as its rows took before zipping, as many '<' as '>', and end
 * with its root element's closing tag. This reads the file once more, a
 * small cost next to writing it. */

#include <glib/gi18n.h>
#include <string.h>

#include "as-export-private.h"

#define EOCD_SIGNATURE    0x06054b50
#define CENTRAL_SIGNATURE 0x02014b50
#define LOCAL_SIGNATURE   0x04034b50
#define EOCD_SIZE         22
#define CENTRAL_SIZE      46
#define LOCAL_SIZE        30
#define HEAD_BYTES        512
#define TAIL_BYTES        256
#define CHUNK             (64 * 1024)

typedef struct
{
  char    *name;
  guint16  method;
  guint32  compressed;
  guint32  size;
  guint32  offset;
} Entry;

/* What was inflated of one part: its size, first bytes and last bytes. */
typedef struct
{
  guint64  size;
  gint64   angle_balance;   /* '<' less '>' */
  GString *head;
  char     tail[TAIL_BYTES];
  gsize    tail_len;
} Part;

/* ---------------------------------------------------------------- helpers */

static guint16
le16 (const guint8 *p)
{
  return p[0] | (p[1] << 8);
}

static guint32
le32 (const guint8 *p)
{
  return p[0] | (p[1] << 8) | (p[2] << 16) | ((guint32) p[3] << 24);
}

static void
entry_clear (gpointer data)
{
  g_free (((Entry *) data)->name);
}

static gboolean
read_at (GFileInputStream  *in,
         goffset            offset,
         guint8            *buffer,
         gsize              length)
{
  gsize n = 0;

  return g_seekable_seek (G_SEEKABLE (in), offset, G_SEEK_SET, NULL, NULL) &&
         g_input_stream_read_all (G_INPUT_STREAM (in), buffer, length, &n, NULL, NULL) &&
         n == length;
}

/* Finds the central directory from the end-of-directory record. */
static gboolean
read_directory (GFileInputStream *in,
                goffset           file_size,
                GArray           *entries)
{
  gsize window = MIN (file_size, EOCD_SIZE + 65535);
  g_autofree guint8 *end = g_malloc (window);
  g_autofree guint8 *directory = NULL;
  guint32 dir_size, dir_offset;
  guint16 n_entries;
  const guint8 *p;
  gssize at;

  if (file_size < EOCD_SIZE || !read_at (in, file_size - window, end, window))
    return FALSE;
  for (at = window - EOCD_SIZE; at >= 0 && le32 (end + at) != EOCD_SIGNATURE; at--)
    ;
  if (at < 0)
    return FALSE;
  n_entries = le16 (end + at + 10);
  dir_size = le32 (end + at + 12);
  dir_offset = le32 (end + at + 16);
  if ((goffset) dir_offset + dir_size > file_size)
    return FALSE;
  directory = g_malloc (dir_size);
  if (!read_at (in, dir_offset, directory, dir_size))
    return FALSE;

  for (p = directory; n_entries-- > 0; )
    {
      Entry entry;
      guint16 name_len, extra_len, comment_len;

      if (p + CENTRAL_SIZE > directory + dir_size || le32 (p) != CENTRAL_SIGNATURE)
        return FALSE;
      name_len = le16 (p + 28);
      extra_len = le16 (p + 30);
      comment_len = le16 (p + 32);
      if (p + CENTRAL_SIZE + name_len > directory + dir_size)
        return FALSE;
      entry.method = le16 (p + 10);
      entry.compressed = le32 (p + 20);
      entry.size = le32 (p + 24);
      entry.offset = le32 (p + 42);
      entry.name = g_strndup ((const char *) p + CENTRAL_SIZE, name_len);
      g_array_append_val (entries, entry);
      p += CENTRAL_SIZE + name_len + extra_len + comment_len;
    }
  return TRUE;
}

static void
keep_bytes (Part       *part,
            const char *bytes,
            gsize       length)
{
  for (gsize i = 0; i < length; i++)
    part->angle_balance += (bytes[i] == '<') - (bytes[i] == '>');
  if (part->head->len < HEAD_BYTES)
    g_string_append_len (part->head, bytes, MIN (length, HEAD_BYTES - part->head->len));
  if (length >= TAIL_BYTES)
    {
      memcpy (part->tail, bytes + length - TAIL_BYTES, TAIL_BYTES);
      part->tail_len = TAIL_BYTES;
    }
  else
    {
      gsize keep = MIN (part->tail_len, TAIL_BYTES - length);
      memmove (part->tail, part->tail + part->tail_len - keep, keep);
      memcpy (part->tail + keep, bytes, length);
      part->tail_len = keep + length;
    }
  part->size += length;
}

/* Inflates (or copies) one entry's data into @part. */
static gboolean
read_part (GFileInputStream *in,
           const Entry      *entry,
           Part             *part)
{
  guint8 local[LOCAL_SIZE];
  g_autoptr(GConverter) inflater = NULL;
  g_autofree char *input = g_malloc (CHUNK);
  g_autofree char *output = g_malloc (CHUNK);
  guint32 left = entry->compressed;
  GConverterResult result = G_CONVERTER_CONVERTED;

  if (!read_at (in, entry->offset, local, LOCAL_SIZE) || le32 (local) != LOCAL_SIGNATURE ||
      !g_seekable_seek (G_SEEKABLE (in),
                        entry->offset + LOCAL_SIZE + le16 (local + 26) + le16 (local + 28),
                        G_SEEK_SET, NULL, NULL))
    return FALSE;
  if (entry->method == 8)
    inflater = G_CONVERTER (g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_RAW));
  else if (entry->method != 0)
    return FALSE;

  while (left > 0 || (inflater != NULL && result != G_CONVERTER_FINISHED))
    {
      gsize n = 0, read = 0, written = 0, offset = 0;

      if (left > 0 &&
          (!g_input_stream_read_all (G_INPUT_STREAM (in), input, MIN (left, CHUNK), &n, NULL,
                                     NULL) || n == 0))
        return FALSE;
      left -= n;
      if (inflater == NULL)
        {
          keep_bytes (part, input, n);
          continue;
        }
      do
        {
          g_autoptr(GError) error = NULL;

          result = g_converter_convert (inflater, input + offset, n - offset, output, CHUNK,
                                        left == 0 ? G_CONVERTER_INPUT_AT_END : G_CONVERTER_NO_FLAGS,
                                        &read, &written, &error);
          if (result == G_CONVERTER_ERROR)
            return FALSE;
          offset += read;
          keep_bytes (part, output, written);
        }
      while (result != G_CONVERTER_FINISHED && (offset < n || written == CHUNK));
      if (left == 0 && n == 0 && result != G_CONVERTER_FINISHED)
        return FALSE;
    }
  return part->size == entry->size;
}

/* An XML part must end with the closing tag of the element it opens with. */
static gboolean
is_complete_xml (const Part *part)
{
  const char *p = part->head->str;
  g_autofree char *closing = NULL;
  g_autofree char *tail = g_strndup (part->tail, part->tail_len);
  const char *name;

  while ((p = strchr (p, '<')) != NULL && (p[1] == '?' || p[1] == '!'))
    p++;
  if (p == NULL)
    return FALSE;
  name = ++p;
  while (*p && !g_ascii_isspace (*p) && *p != '>' && *p != '/')
    p++;
  closing = g_strdup_printf ("</%.*s>", (int) (p - name), name);
  g_strchomp (tail);
  return g_str_has_suffix (tail, closing) || g_str_has_suffix (tail, "/>");
}

/* ------------------------------------------------------------- internals */

/**
 * _as_export_verify:
 * @path: a workbook just written
 * @min_sizes: (nullable): part name → the least number of bytes it must hold
 *
 * Returns: whether every part of @path reads back whole
 */
gboolean
_as_export_verify (const char *path,
                   GHashTable *min_sizes)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) in = g_file_read (file, NULL, NULL);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (Entry));

  g_array_set_clear_func (entries, entry_clear);
  if (in == NULL ||
      (info = g_file_input_stream_query_info (in, G_FILE_ATTRIBUTE_STANDARD_SIZE, NULL,
                                              NULL)) == NULL ||
      !read_directory (in, g_file_info_get_size (info), entries) || entries->len == 0)
    return FALSE;

  for (guint i = 0; i < entries->len; i++)
    {
      const Entry *entry = &g_array_index (entries, Entry, i);
      Part part = { .head = g_string_new (NULL) };
      gboolean is_xml = g_str_has_suffix (entry->name, ".xml") ||
                        g_str_has_suffix (entry->name, ".rels");
      gsize min_size = min_sizes ? GPOINTER_TO_SIZE (g_hash_table_lookup (min_sizes, entry->name))
                                 : 0;
      gboolean whole = read_part (in, entry, &part) && part.size >= min_size &&
                       (!is_xml || (part.angle_balance == 0 && is_complete_xml (&part)));

      g_string_free (part.head, TRUE);
      if (!whole)
        {
          g_debug ("%s: the part %s is incomplete", path, entry->name);
          return FALSE;
        }
    }
  return TRUE;
}

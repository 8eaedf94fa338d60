/* yt-panel-util.h: the words and small rows the side panels share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Data texts arrive in the view state's language; when the atlas had to fall
 * back to the other language, or the text is a translation, a standard form or
 * a Latin-script stand-in, the panels say so (a dim tag or a tooltip).
 */
#pragma once

#include <gtk/gtk.h>
#include <yuntu/yuntu.h>

G_BEGIN_DECLS

/* A data text as Pango markup (escaped, with a dim "(English)" tag when it
 * fell back) and the tooltip that explains its basis, or NULL.  NULL markup
 * when the record has no such text. */
char       *yt_panel_text_markup      (YtAtlas      *atlas,
                                       YtRef         ref,
                                       YtTextField   field,
                                       YtLang        lang,
                                       char        **tooltip);
/* Same, for a company name of a given role. */
char       *yt_panel_company_markup   (YtAtlas      *atlas,
                                       guint         company,
                                       YtNameRole    role,
                                       YtLang        lang,
                                       char        **tooltip);
/* Plain name for lists and sort keys ("" when missing). */
const char *yt_panel_name             (YtAtlas      *atlas,
                                       YtRef         ref,
                                       YtLang        lang);

/* Shows @markup in @label with its tooltip; hides the label when NULL. */
void        yt_panel_label_set        (GtkWidget    *label,
                                       char         *markup,
                                       char         *tooltip);

const char *yt_panel_site_kind_label  (YtSiteKind    kind);
const char *yt_panel_precision_label  (YtPrecision   precision);
const char *yt_panel_link_kind_label  (YtLinkKind    kind);
const char *yt_panel_region_kind_label (YtRegionKind kind);
const char *yt_panel_grade_label      (YtGrade       grade);

/* "21 May 2017" / "2017年5月21日"; NULL for no date. */
char       *yt_panel_date             (YtLang        lang,
                                       YtDate        date);
/* "China Daily · 21 May 2017 · grade B" for one source. */
char       *yt_panel_source_line      (YtAtlas      *atlas,
                                       guint         source,
                                       YtLang        lang);
/* The value of a numeric fact with its unit ("200亿元"), or NULL. */
char       *yt_panel_fact_value       (YtAtlas      *atlas,
                                       const YtFact *fact,
                                       YtLang        lang);

/* List models of small items (YtFactItem, YtRefItem) for the profiles. */
GListModel *yt_panel_sources_model    (YtAtlas      *atlas,
                                       YtRef         ref,
                                       YtLang        lang);
GListModel *yt_panel_facts_model      (YtAtlas      *atlas,
                                       YtRef         subject,
                                       YtLang        lang,
                                       gboolean      numeric);

/* Fills @list from @model (transfer full, nullable): YtFactItem rows show a
 * fact with its source; YtRefItem rows select their record in @state when
 * activated.  Hides the list (and @section, when given) when the model is
 * empty. */
void        yt_panel_bind_list        (GtkListBox   *list,
                                       YtViewState  *state,
                                       GtkWidget    *section,
                                       GListModel   *model);

/* Unparents a template's root (GTK 4.8 disposes only bound template children). */
void        yt_panel_unparent_children (GtkWidget   *widget);

/* Whether the widget is drawn on a dark background (GTK 4.8 has no style manager). */
gboolean    yt_panel_is_dark          (GtkWidget    *widget);

G_END_DECLS

/* yuntu.h: the Yuntu engine (data, geometry, rendering, reports), free of GTK
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "yuntu/yt-atlas.h"
#include "yuntu/yt-atlas-loader.h"
#include "yuntu/yt-atlas-query.h"
#include "yuntu/yt-atomic-file.h"
#include "yuntu/yt-basemap.h"
#include "yuntu/yt-catalog.h"
#include "yuntu/yt-chart.h"
#include "yuntu/yt-data-export.h"
#include "yuntu/yt-data-import.h"
#include "yuntu/yt-format.h"
#include "yuntu/yt-import-mapping.h"
#include "yuntu/yt-io.h"
#include "yuntu/yt-map-renderer.h"
#include "yuntu/yt-map-export.h"
#include "yuntu/yt-membership.h"
#include "yuntu/yt-projection.h"
#include "yuntu/yt-region-locator.h"
#include "yuntu/yt-region-layer.h"
#include "yuntu/yt-report.h"
#include "yuntu/yt-search.h"
#include "yuntu/yt-validate.h"
#include "yuntu/yt-view-state.h"
#include "yuntu/yt-viewport.h"

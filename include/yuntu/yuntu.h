/* yuntu.h: the Yuntu engine (data, geometry, rendering, reports), free of GTK
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "yuntu/yt-atomic-file.h"
#include "yuntu/yt-format.h"
#include "yuntu/yt-map-renderer.h"
#include "yuntu/yt-map-export.h"

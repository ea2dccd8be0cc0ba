package org.hotline.adapters.trace.ipdata;

import org.hotline.domain.hosting.DataSetVersion;

/** A data set as loaded: the data, its version, and a line saying what it holds. */
record Loaded<T>(T data, DataSetVersion version, String summary) {
}

-- Large queues: analysts narrow the lists of waiting cases by the host of their address (that host and the hosts
-- under it) and find every case of an address, open or closed.

-- The host of a canonical address: what lies between the scheme and the path, without user or port.
create function case_host(canonical_url text) returns text
    language sql immutable strict parallel safe as
$$
select substring(canonical_url from '^[a-z][a-z0-9+.-]*://(?:[^@/?#]*@)?(\[[^]]*\]|[^:/?#]*)')
$$;

-- By the host written backwards, so that a host and every host under it are one range of the index
-- ('gro.elpmaxe' and 'gro.elpmaxe.%').
create index case_file_open_by_host on case_file (reverse(case_host(canonical_url)) text_pattern_ops)
    where state <> 'CLOSED';

-- Every case of an address, open or closed.
create index case_file_by_address on case_file (url_key);
